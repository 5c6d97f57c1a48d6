# cloudpeach set, Portuguese. Written by the outsider2 stream: Brazil above all (internetês: vcs, pq, tbm, kkkk,
# "frete", "taxa", CPF worries, Pix) and Portugal ("portes", "encomenda", MB Way, which the store does not take).
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "quanto tempo demora pra chegar?", Ship("days"), country="BR")
S.room("shipping", "qto é o frete??", Ship("price"), country="BR")
S.desk("shipping", "Olá, enviam para Portugal? Quanto custam os portes e quanto tempo demora?", Ship("both", to="PT"))
S.room("shipping", "frete gratis a partir de quanto?", Ship("free"), country="BR")
S.room("shipping", "tem envio expresso pro brasil? preciso rapido", Ship("express", to="BR"), country="BR")
S.room("shipping", "portes para portugal quanto é", Ship("price", to="PT"), country="PT")
S.desk("shipping", "vcs entregam nos EUA? moro la", Ship("both", to="US"))
# cities
S.room("shipping-city", "entrega em Recife? quantos dias", Ship("days", to="BR"), country="BR")
S.desk("shipping-city", "Quanto fica o frete pra Belo Horizonte?", Ship("price", to="BR"))
S.room("shipping-city", "chega no Porto em quanto tempo?", Ship("days", to="PT"), country="PT")
S.room("shipping-city", "manda pra curitiba?", Ship("both", to="BR"), country="BR")
S.desk("shipping-city", "Moro em Lisboa, quanto custa o envio?", Ship("price", to="PT"))
S.room("shipping-city", "e pra Luanda? 🇦🇴", NoShip("AO", others=["PT", "BR"]), country="AO")
# no country
S.desk("no-country", "quais as formas de pagamento?", PayAnywhere())
S.desk("no-country", "como funciona a devolução?", ReturnsAnywhere())
S.desk("no-country", "aceitam pix?", PayNamed("pix", anywhere=True))
# customs
S.room("customs", "vou ser taxado?? 😰", Customs(facts=["Remessa Conforme"]), country="BR")
S.desk("customs", "Precisa de CPF para a alfândega?", Customs(to="BR", facts=["CPF"]), country="BR", declare=True)
S.room("customs", "pago alguma coisa na entrega em portugal? iva?", Customs(facts=["IOSS"]), country="PT")
# returns
S.room("returns", "posso devolver se nao gostar?", Returns("window"), country="BR")
S.desk("returns", "Se eu devolver, quem paga o frete de volta? E o reembolso demora quanto?",
       Returns("cost+refund", country="BR"), country="BR", declare=True)
S.room("returns", "prazo de devolução em portugal?", Returns("window"), country="PT")
S.room("returns", "em quantos dias cai o reembolso?", Returns("refund"), country="PT")
S.room("returns-product", "abri o batom e nao gostei da cor, posso devolver?", ReturnProduct("CP-MKP-01"),
       country="BR", showing="CP-MKP-01")
S.room("returns-product", "o perfume da pra devolver?", ReturnProduct("CP-FRG-01"), country="PT",
       showing="CP-FRG-01")
S.desk("returns-product", "Comprei o sérum de vitamina C, posso devolver se me der alergia?",
       ReturnProduct("CP-SKN-02", country="BR"), country="BR", declare=True)
S.room("returns-product", "e a escova de limpeza, posso devolver?", ReturnProduct("CP-DEV-01"), country="PT",
       showing="CP-DEV-01")
# payment
S.room("payment", "como posso pagar?", Pay(), country="BR")
S.desk("payment", "Que métodos de pagamento aceitam em Portugal?", Pay(country="PT"))
S.room("payment", "da pra parcelar? quais as formas de pagamento", Pay(), country="BR")
S.room("payment-named-method", "aceita picpay?", PayNamed("picpay"), country="BR")
S.room("payment-named-method", "tem boleto?", PayUnknown("Boleto"), country="BR")
S.room("payment-named-method", "dá para pagar com MB Way?", PayUnknown("MB Way"), country="PT")
S.desk("payment-named-method", "Aceitam PayPal no Brasil?", PayNamed("paypal", country="BR"))
# products
S.room("product-attribute", "quantos ml tem?", Product("CP-SKN-05", facts=["60 ml"]), country="BR",
       showing="CP-SKN-05")
S.room("product-attribute", "qual a potencia dessa prancha?", Product("CP-DEV-05", facts=["25 W"]), country="BR",
       showing="CP-DEV-05")
S.room("product-attribute", "a bateria dura qto tempo?", Product("CP-DEV-06", facts=["40 minutes"]), country="PT",
       showing="CP-DEV-06")
S.desk("product-attribute", "Qual o tamanho do espelho Halo em cm?", Product("CP-DEV-04", facts=["20 cm"]))
S.room("product-attribute", "esquenta até quantos graus?", Product("CP-DEV-05", facts=["200 °C"]), country="BR",
       showing="CP-DEV-05")
S.room("product-yes-no", "é vegano?", Product("CP-SKN-01", yes=True), country="BR", showing="CP-SKN-01")
S.room("product-yes-no", "tem silicone?", Product("CP-HAR-01", yes=True,
       judge="it contains silicones (not silicone-free)"), country="BR", showing="CP-HAR-01")
S.room("product-yes-no", "grávida pode usar? 🤰", Product("CP-SKN-06", yes=False), country="BR",
       showing="CP-SKN-06")
S.room("product-yes-no", "funciona em 220v? aqui em casa é 220", Product("CP-DEV-05", yes=True, facts=["100-240 V"]),
       country="BR", showing="CP-DEV-05")
S.desk("product-yes-no", "O shampoo Kelpia serve pra cabelo com progressiva/tingido?",
       Product("CP-HAR-03", yes=True, judge="it is safe for colour-treated and keratin-treated hair"))
S.room("product-variant", "tem na cor 04?", Product("CP-MKP-01", judge="says 04 Nude Tea is in stock"),
       country="BR", showing="CP-MKP-01")
S.room("product-variant", "quanto ta o de 300ml?", Product("CP-SKN-01", facts=["$22.90"]), country="BR",
       showing="CP-SKN-01")
S.room("product-variant", "tem a cor menta?", Product("CP-DEV-01", judge="says mint is out of stock"), country="PT",
       showing="CP-DEV-01")
S.desk("product-variant", "Quanto custa a capinha de espelho do iPhone 16 Pro?", Product("CP-ACC-01", facts=["$14.90"]))
S.room("comparison", "qual a diferença entre o creme de ceramidas e o tonico de arroz?",
       Product("CP-SKN-05", also=["CP-SKN-01"], judge="compares the ceramide cream (60 ml, dry/sensitive) with the rice toner (150 ml)"),
       country="BR")
S.desk("comparison", "A prancha mini ou o modelador sem fio, qual esquenta mais?",
       Product("CP-DEV-05", also=["CP-DEV-06"], facts=["200 °C"]))
# faq
S.room("faq-casual", "é original mesmo? 🤔", Faq("authentic", facts=["ISO 22716"]), country="BR")
S.desk("faq-casual", "meu pedido chegou com o tônico vazado 😭", Faq("damaged", facts=["72 hours"]))
S.room("faq-casual", "vcs mandam amostra gratis?", Faq("samples", facts=["$30"]), country="BR")
S.room("faq-casual", "tem cupom de primeira compra?", Faq("first-order", facts=["PEACHNEW"]), country="BR")
S.desk("faq-casual", "qual a validade dos produtos?", Faq("expiry", facts=["18"]))
S.desk("faq-casual", "como rastreio meu pedido?", Faq("tracking", facts=["17track"]))
# two in one
S.room("two-in-one", "qto é o frete pra salvador e aceita pix?", Both(Ship("price", to="BR"), PayNamed("pix")),
       country="BR")
S.desk("two-in-one", "Quanto tempo demora para Portugal e posso devolver se não gostar?",
       Both(Ship("days", to="PT"), Returns("window", country="PT")))
S.room("two-in-one", "quanto tempo demora e precisa de cpf?", Both(Ship("days"), Customs(facts=["CPF"])),
       country="BR")
# chatter
S.room("chatter", "kkkkkkk amei", Chatter(), country="BR")
S.room("chatter", [("host", "meninas agora vou mostrar o cushion!", Chatter()), ("aeee 👏👏", Chatter())],
       country="BR")
S.desk("chatter", [("quanto tempo pro brasil?", Ship("days", to="BR")), ("blz, obrigada!", Chatter())])
S.room("chatter", "boa noite gente, de SP aqui 🙋‍♀️", Chatter(), country="BR")
# handoff
S.desk("handoff", "cadê meu pedido? CP90311, não atualiza o rastreio faz 2 semanas", Human("order_status"))
S.room("handoff", "quero falar com um atendente", Human(), country="BR")
S.desk("handoff", "o modelador vem com bolsinha de viagem?", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("qto é o frete?", ["BR", "PT", "US", "MX", "ES"],
        lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("quanto tempo demora?", ["BR", "PT", "US", "FR", "MX"], lambda c, cs: Ship("days", others=cs,
        room_names=True))
