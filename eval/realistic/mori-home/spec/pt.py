# mori-home set, Portuguese: Brazil (DDU, Jadlog, Pix; no Boleto) and Portugal (EU, MB WAY); internetês, typos.
from dsl import *  # noqa: F401,F403

S.room("shipping", "qnto ta o frete pro brasil?", Ship("price", to="BR"), country="BR")
S.room("shipping", "demora quantos dias pra chegar aqui? 🙏", Ship("days"), country="BR")
S.desk("shipping", "Olá, enviam para Portugal? Quanto custa e quanto tempo demora?", Ship("both", to="PT"))
S.room("shipping", "frete gratis a partir de quanto?", Ship("free"), country="BR")
S.room("shipping", "tem frete gratis pra portugal?", Ship("free", to="PT"), country="PT")
S.room("shipping", "tem expresso pro brasil?", NoExpress(to="BR"), country="BR")
S.room("shipping-city", "entrega em Recife? quantos dias", Ship("days", to="BR"), country="BR")
S.desk("shipping-city", "moro em Curitiba, quanto fica o frete?", Ship("price", to="BR"))
S.room("shipping-city", "e pro Porto quanto tempo demora?", Ship("days", to="PT"), country="PT")
S.desk("shipping-city", "vcs mandam pra Lisboa?", Ship("both", to="PT"))
S.room("shipping-city", "manda pra sp? qnto tempo", Ship("days", to="BR"), country="BR")
S.room("handoff", "vcs entregam em Angola? Luanda", NoShip("AO", others=["PT", "BR"]), country="AO")
S.desk("no-country", "quais as formas de pagamento?", PayAnywhere())
S.desk("no-country", "qual o prazo pra devolução?", ReturnsAnywhere())
S.desk("no-country", "aceita pix?", PayNamed("pix", anywhere=True))
S.room("customs", "vou ser taxado?? 😩", Customs(facts=["CPF"]), country="BR")
S.desk("customs", "Para Portugal há taxas alfandegárias a pagar na entrega?", Customs(to="PT"))
S.room("customs", "precisa de cpf pra importar?", Customs(to="BR", facts=["CPF"]), country="BR")
S.room("returns", "se nao servir posso devolver? qual o prazo", Returns("window"), country="BR")
S.desk("returns", "A devolução é grátis? Em quantos dias recebo o reembolso?", Returns("cost+refund", country="PT"),
       country="PT", declare=True)
S.room("returns", "quem paga o frete da devolução?", Returns("cost"), country="BR")
S.room("returns-product", "se eu abrir o chá e não gostar posso devolver?", ReturnProduct("MH-TEA-01"), country="BR",
       showing="MH-TEA-01")
S.room("returns-product", "o óleo de limpeza se eu usar e não gostar dá pra devolver?", ReturnProduct("MH-SKN-02"),
       country="PT", showing="MH-SKN-02")
S.room("returns-product", "o conjunto de bambu posso trocar se ficar grande?", ReturnProduct("MH-LNG-01"), country="BR",
       showing="MH-LNG-01")
S.room("payment", "como faço pra pagar?", Pay(), country="BR")
S.room("payment", "formas de pagamento pra portugal?", Pay(), country="PT")
S.room("payment-named-method", "aceita pix?", PayNamed("pix"), country="BR")
S.room("payment-named-method", "tem boleto?", PayUnknown("Boleto"), country="BR")
S.room("payment-named-method", "dá pra pagar com mb way?", PayNamed("mbway"), country="PT")
S.room("payment-named-method", "aceita pix? sou de portugal", PayNamed("pix"), country="PT")
S.desk("payment-named-method", "Posso parcelar no cartão de crédito?", Human())
S.room("product-attribute", "qual o tecido do pijama?", Product("MH-SLP-01", facts=["19 momme"]), country="BR",
       showing="MH-SLP-01")
S.room("product-attribute", "a toalha tem qnts cm?", Product("MH-TWL-01", facts=["70x140 cm"]), country="BR",
       showing="MH-TWL-01")
S.desk("product-attribute", "Qual é a gramatura das toalhas de algodão turco?", Product("MH-TWL-02", facts=["600 gsm"]))
S.room("product-yes-no", "a caneca pode ir na lava louças?", Product("MH-CER-01", yes=True), country="BR",
       showing="MH-CER-01")
S.room("product-yes-no", "o conjunto de chá pode ir na máquina de lavar louça?", Product("MH-CER-03", yes=False),
       country="PT", showing="MH-CER-03")
S.room("product-yes-no", "a vela é de soja mesmo?", Product("MH-CND-01", yes=True), country="BR", showing="MH-CND-01")
S.room("product-variant", "tem no tamanho G rosa?", Product("MH-LNG-01", judge="says L dusty rose is in stock (2 left)"),
       country="BR", showing="MH-LNG-01")
S.room("product-variant", "quanto custa o queen?", Product("MH-BED-03", facts=["€89"]), country="BR", showing="MH-BED-03")
S.room("product-variant", "a meia 43-46 tem?", Product("MH-SCK-01", judge="says size 43-46 is out of stock"), country="PT",
       showing="MH-SCK-01")
S.room("comparison", "qual a diferença da toalha waffle pra toalha turca?", Product("MH-TWL-01", facts=["350 gsm", "600 gsm"],
       also=["MH-TWL-02"]), country="BR")
S.room("faq-casual", "é seda pura msm?", Faq("real-silk", facts=["100%"]), country="BR")
S.desk("faq-casual", "minha caneca chegou quebrada, e agora??", Faq("broken", facts=["48"]))
S.room("faq-casual", "vcs fazem embrulho pra presente?", Faq("gift-wrap", facts=["€3.50"]), country="BR")
S.room("faq-casual", "o pijama veste normal ou é pequeno?", Faq("size-guide", judge="says the silk pyjamas are a relaxed fit"),
       country="BR")
S.room("faq-casual", "em quantos dias vcs despacham?", Faq("dispatch", facts=["2"]), country="PT")
S.room("two-in-one", "quanto é o frete pra BH e aceita pix?", Both(Ship("price", to="BR"), PayNamed("pix")), country="BR")
S.desk("two-in-one", "Quanto tempo demora para Portugal e qual o prazo de devolução?",
       Both(Ship("days", to="PT"), Returns("window", country="PT")))
S.room("chatter", "kkkkkk amei 😍", Chatter(), country="BR")
S.room("chatter", [("host", "gente agora vou mostrar os lençóis", Chatter()), ("rsrs lindo demais", Chatter())], country="BR")
S.desk("chatter", [("qual o frete pro brasil?", Ship("price", to="BR")), ("show, valeu!", Chatter())])
S.room("chatter", "boa noite do Rio!! 👋", Chatter(), country="BR")
S.desk("handoff", "meu pedido #MH40211 ainda nao chegou, cadê?", Human("order_status"))
S.room("handoff", "quero falar com um atendente humano", Human(), country="BR")
S.room("faq-casual", "vcs tem loja física em são paulo?", Faq("showroom", judge="says there are no shops outside China"),
       country="BR")
S.room("product-yes-no", "o lençol serve em colchão de 30 cm de altura?", Product("MH-BED-03", facts=["40 cm"], yes=True),
       country="BR", showing="MH-BED-03")
S.crowd("quanto é o frete?", ["BR", "PT", "ES", "FR", "US"],
        lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch
S.room("shipping", "qto tempo demora pra chegar no brasil? to ansiosa kkk", Ship("days", to="BR"), country="BR")
S.desk("shipping", "O frete para o Brasil é grátis acima de quanto?", Ship("free", to="BR"))
S.room("shipping-city", "chega em Manaus?", Ship("days", to="BR"), country="BR")
S.room("shipping-city", "frete pra Coimbra?", Ship("price", to="PT"), country="PT")
S.room("product-variant", "quanto tá esse?", Product("MH-BED-04", facts=["€39"]), country="BR", showing="MH-BED-04")
S.room("product-variant", "o king size quanto custa?", Product("MH-BED-01", facts=["€95"]), country="BR", showing="MH-BED-01")
S.room("product-variant", "tem a caneca marrom?", Product("MH-CER-01", judge="says tenmoku brown is out of stock"),
       country="BR", showing="MH-CER-01")
S.room("product-attribute", "qual o tamanho da fronha?", Product("MH-BED-02", facts=["50x75 cm"]), country="PT",
       showing="MH-BED-02")
S.room("comparison", "qual é maior, a caneca ou o bule?", Product("MH-CER-01", facts=["350 ml", "800 ml"],
       also=["MH-CER-04"]), country="BR")
S.room("product-yes-no", "o robe tem bolso?", Product("MH-SLP-02", yes=True), country="BR", showing="MH-SLP-02")
S.room("faq-casual", "como faço pra rastrear a encomenda?", Faq("tracking", judge="says a tracking link is sent by e-mail/WhatsApp when it ships"),
       country="BR")
S.room("faq-casual", "posso cancelar? comprei errado", Faq("cancel", facts=["12"]), country="BR")
S.room("two-in-one", "qual o frete pra Lisboa e aceitam mb way?", Both(Ship("price", to="PT"), PayNamed("mbway")),
       country="PT")
S.desk("handoff", "rastreio diz entregue mas não recebi nada, pedido MH43310", Human("order_status"))
S.room("payment-named-method", "aceita mercado pago?", PayNamed("mercado-pago"), country="BR")
S.room("payment-named-method", "paga com picpay?", PayUnknown("PicPay"), country="BR")
S.crowd("qual o prazo de entrega?", ["BR", "PT", "US", "MX", "FR"], lambda c, cs: Ship("days", others=cs, room_names=True))
