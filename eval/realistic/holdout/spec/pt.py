# Portuguese: Brazilian viewers and desk customers mostly, some from Portugal, Brazilians abroad (Japan, US,
# Switzerland). S (the set being built) is provided by scripts/realistic/build.py.
from dsl import *  # noqa: F401,F403

# ---- shipping
S.desk("shipping", "quanto tempo demora pra chegar aqui?", Ship("days"), country="BR")
S.room("shipping", "qto ta o frete?? 🙏", Ship("price"), country="BR", showing="LL-AUD-0003")
S.room("shipping", "Boa tarde! Quanto custa o envio para cá?", Ship("price"), country="PT")
S.desk("shipping", "tem frete gratis a partir de qto?", Ship("free"), country="BR")
S.room("shipping", "e o expresso demora qts dias? preciso urgente kkk", Ship("express"), country="BR")
S.desk("shipping", "Olá, fazem entregas para Portugal? Qual é o prazo?", Ship("days", to="PT"))

# ---- shipping-city
S.room("shipping-city", "frete pra Recife qto fica?", Ship("price", to="BR"), country="BR")
S.desk("shipping-city", "Vcs entregam em Porto Alegre? Demora muito?", Ship("days", to="BR"))
S.room("shipping-city", "queria mandar de presente pra minha irmã em Lisboa, quanto sai o frete?",
       Ship("price", to="PT"), country="BR")
S.desk("shipping-city", "moro em BH, chega em quantos dias?", Ship("days", to="BR"))
S.room("shipping-city", "to em Hamamatsu, vcs mandam pra cá? qnto tempo leva?", Ship("days", to="JP"), country="JP")
S.desk("shipping-city", "Quanto é o envio para o Porto? e demora?", Ship("both", to="PT"))
S.room("shipping-city", "manda pra Manaus? o frete é o mesmo de SP?", Ship("price", to="BR"), country="BR")
S.desk("shipping-city", "oi! moro em São Paulo capital, chega em quantos dias úteis?", Ship("days", to="BR"))

# ---- no-country
S.desk("no-country", "quais as formas de pagamento?", PayAnywhere())
S.desk("no-country", "posso devolver se nao gostar? quantos dias eu tenho?", ReturnsAnywhere())
S.desk("no-country", "dá pra pagar com pix?", PayNamed("pix", anywhere=True))
S.room("no-country", "gente aceita cartão de crédito?", PayAnywhere())
S.desk("no-country", "aceitam boleto?", PayNamed("boleto", anywhere=True))

# ---- customs
S.desk("customs", "vou ter que pagar taxa de importação? 😬", Customs(), country="BR")
S.room("customs", "precisa de CPF pra comprar?", Customs(facts=["CPF"]), country="BR")
S.room("customs", "Vou pagar alfândega? Da última vez paguei 20€ nos CTT 😡", Customs(), country="PT")
S.desk("customs", "como eu pago o imposto dos correios? tem que ir na agência?",
       Customs(facts=["Minhas Importações"]), country="BR")

# ---- returns
S.desk("returns", "qual o prazo pra devolução?", Returns("window"), country="BR")
S.room("returns", "Se não servir posso devolver? A devolução é grátis?", Returns("window+cost"), country="PT")
S.desk("returns", "o reembolso cai em quantos dias depois que vcs recebem de volta?", Returns("refund"), country="BR")
S.room("returns", "se eu me arrepender tenho qtos dias pra devolver?", Returns("window"), country="BR")

# ---- returns-product
S.room("returns-product", "se eu abrir e usar uma vez e não curtir, dá pra devolver esse secador?",
       ReturnProduct("LL-BTY-0001"), country="BR", showing="LL-BTY-0001")
S.room("returns-product", "Já abri a caixa da prancha e experimentei, ainda posso devolver?",
       ReturnProduct("LL-BTY-0003"), country="PT", showing="LL-BTY-0003")
S.desk("returns-product", "comprei o moletom Cloud e ficou grande, consigo devolver?",
       ReturnProduct("LL-APP-0003"), country="BR")

# ---- payment
S.desk("payment", "quais formas de pagamento vcs aceitam?", Pay(count=2), country="BR")
S.room("payment", "Que métodos de pagamento há para Portugal?", Pay(), country="PT")
S.room("payment", "como posso pagar? só cartão?", Pay(), country="BR", showing="LL-KIT-0002")

# ---- payment-named-method
S.room("payment-named-method", "aceita pix né?", PayNamed("pix"), country="BR")
S.desk("payment-named-method", "Dá para pagar com PayPal?", PayNamed("paypal"), country="PT")
S.room("payment-named-method", "da pra pagar no boleto ou só cartão msm?", PayNamed("boleto"), country="BR")
S.desk("payment-named-method", "vcs aceitam klarna?", PayNamed("klarna"), country="BR")
S.room("payment-named-method", "Aceitam MB Way?", PayUnknown("MB Way"), country="PT")

# ---- product-attribute
S.room("product-attribute", "quantas horas dura a bateria desse?", Product("LL-AUD-0003", ["8 h", "32 h"]),
       country="BR", showing="LL-AUD-0003")
S.room("product-attribute", "esse fone pesa qto?", Product("LL-AUD-0002", ["46 g"]), country="BR",
       showing="LL-AUD-0002")
S.desk("product-attribute", "o carregador nano 65 tem quantas portas?",
       Product("LL-PHA-0002", ["2 × USB-C", "1 × USB-A"]), country="BR")
S.room("product-attribute", "qual a capacidade dessa chaleira? cabe 1 litro?", Product("LL-KIT-0001", ["0.9 L"]),
       country="PT", showing="LL-KIT-0001")
S.room("product-attribute", "de que material é a mochila?", Product("LL-BAG-0001", ["poliéster"]), country="BR",
       showing="LL-BAG-0001")

# ---- product-yes-no
S.room("product-yes-no", "pode molhar? quero levar na piscina", Product("LL-AUD-0011", ["IP67"], yes=True),
       country="BR", showing="LL-AUD-0011")
S.room("product-yes-no", "é a prova d'agua? da pra nadar com ele?",
       Product("LL-AUD-0001", ["IPX4"], yes=False, judge="splash-resistant only, not for swimming"), country="BR",
       showing="LL-AUD-0001")
S.desk("product-yes-no", "o carregador de 33W funciona em 110 e 220v?", Product("LL-PHA-0001", ["100-240 V"], yes=True),
       country="BR")
S.room("product-yes-no", "a camiseta é 100% algodão?", Product("LL-APP-0001", ["100%"], yes=True), country="BR",
       showing="LL-APP-0001")

# ---- product-variant
S.room("product-variant", "tem na cor preta?", Product("LL-AUD-0001", judge="says black is out of stock"),
       country="BR", showing="LL-AUD-0001")
S.desk("product-variant", "quanto custa a mala Glide de 24 polegadas?", Product("LL-BAG-0004", ["$139.99"]),
       country="BR")
S.room("product-variant", "o cabo de 2 metros é mais caro?", Product("LL-PHA-0012", ["$11.99"]), country="BR",
       showing="LL-PHA-0012")

# ---- comparison
S.desk("comparison", "qual a diferença entre o Air S2 e o Air Pro 3? qual tem mais bateria?",
       Product("LL-AUD-0003", ["32 h", "36 h"], also=["LL-AUD-0004"]), country="BR")
S.room("comparison", "e esse comparado com o de 20000mAh, quanto pesa cada um?",
       Product("LL-PHA-0006", ["198 g", "410 g"], also=["LL-PHA-0007"]), country="BR", showing="LL-PHA-0006")

# ---- faq-casual
S.desk("faq-casual", "como faço pra rastrear meu pedido?", Faq("tracking", ["2-3 days"]), country="BR")
S.room("faq-casual", "os produtos são originais ou réplica?", Faq("authenticity", judge="says yes, genuine own brands"),
       country="BR")
S.desk("faq-casual", "qual a garantia dos eletronicos?", Faq("warranty", ["12-24"]), country="BR")
S.room("faq-casual", "tem embrulho pra presente? é pro dia das mães 💐", Faq("gift-wrap", ["$2.99"]), country="BR")
S.desk("faq-casual", "meu pedido chegou quebrado, e agora??", Faq("damaged-item", ["7 days"]), country="BR")

# ---- two-in-one
S.room("two-in-one", "qto tempo pra chegar em SP e aceita pix?", Both(Ship("days", to="BR"), PayNamed("pix")),
       country="BR")
S.desk("two-in-one", "qual o valor do frete e se eu não gostar posso devolver?",
       Both(Ship("price"), Returns("window")), country="BR")
S.room("two-in-one", "quanto custa esse fone e qual a cor que tem?",
       Product("LL-AUD-0003", ["$49.99"], judge="also says which colours it comes in"), country="BR",
       showing="LL-AUD-0003")

# ---- chatter
S.room("chatter", "kkkkkkkkk", Chatter(), country="BR")
S.room("chatter", [("qual o frete pra cá?", Ship("price")), ("aaah obg!! 😍", Chatter())], country="BR")
S.desk("chatter", [("quanto tempo demora pra chegar?", Ship("days")), ("blz, valeu", Chatter())], country="BR")
S.room("chatter", [("host", "Gente, bora pro próximo produto! 🔥", Chatter()), ("amei esse fone 😍😍", Chatter())],
       country="BR", showing="LL-AUD-0004")

# ---- handoff
S.desk("handoff", "cadê meu pedido 48213? já faz 40 dias", Human("order_status"), country="BR")
S.room("handoff", "funciona com PS5?", Product("LL-AUD-0003", missing=True), country="BR", showing="LL-AUD-0003")
S.desk("handoff", "vocês têm loja física em São Paulo? queria ver pessoalmente", Human(), country="BR")

# ---- cross-country-room: the same words from several countries at once
S.crowd("quanto custa o frete?", ["BR", "PT", "JP", "US", "CH"],
        lambda c, all_: Ship("price", others=all_, room_names=True))
S.crowd("quais as formas de pagamento?", ["BR", "PT", "US", "JP", "GB"], lambda c, all_: Pay())
