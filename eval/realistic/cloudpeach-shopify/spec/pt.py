# cloudpeach-shopify set, Portuguese: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "quantos graus esquenta?", Product("mini-travel-flat-iron", facts=["200 °C"]), country="BR",
       showing="mini-travel-flat-iron")
S.room("product-attribute", "qual o tamanho do espelho?", Product("halo-8-led-makeup-mirror", facts=["20 cm"]),
       country="BR", showing="halo-8-led-makeup-mirror")
S.desk("product-attribute", "Quantos ml tem o protetor Airy grande?", Product("airy-sun-fluid-spf50", facts=["50 ml"]))
S.room("product-yes-no", "é vegano?", Product("cloud-matte-lip-tint", yes=True), country="BR",
       showing="cloud-matte-lip-tint")
S.room("product-yes-no", "pode usar no banho?", Product("pure-2-sonic-cleansing-brush", yes=True, facts=["IPX7"]),
       country="BR", showing="pure-2-sonic-cleansing-brush")
S.room("product-variant", "quanto ta a capinha do 16 pro?", Product("mirror-phone-case-iphone", facts=["$14.90"]),
       country="BR", showing="mirror-phone-case-iphone")
S.room("product-variant", "tem a cor 02?", Product("cloud-matte-lip-tint", judge="says 02 Brick Rose is out of stock"),
       country="BR", showing="cloud-matte-lip-tint")
S.room("product-variant", "o branco é mais caro?", Product("cordless-auto-hair-curler", facts=["$48.00"]), country="PT",
       showing="cordless-auto-hair-curler")
S.desk("product-variant", "O óleo White Musk tem em estoque?", Product("white-musk-perfume-oil",
       judge="says it is available (stock is not tracked, so it is on sale)"))
S.room("comparison", "qual bateria dura mais, da escova ou do modelador?",
       Product("pure-2-sonic-cleansing-brush", also=["cordless-auto-hair-curler"], facts=["150 minutes", "40 minutes"]),
       country="BR", showing="pure-2-sonic-cleansing-brush")
S.room("returns-product", "se eu abrir o batom posso devolver?", ReturnProduct("cloud-matte-lip-tint"), country="PT",
       showing="cloud-matte-lip-tint")
