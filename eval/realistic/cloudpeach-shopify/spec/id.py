# cloudpeach-shopify set, Indonesian: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "baterainya brp mAh kak?", Product("cordless-auto-hair-curler", facts=["5000 mAh"]),
       country="ID", showing="cordless-auto-hair-curler")
S.room("product-attribute", "spf nya brp kak?", Product("skin-veil-cushion-spf35", facts=["35"]), country="ID",
       showing="skin-veil-cushion-spf35")
S.desk("product-attribute", "Cermin Halo ukurannya berapa inch?", Product("halo-8-led-makeup-mirror", facts=["8 inch"]))
S.room("product-yes-no", "ini halal gk kak?", Product("white-musk-perfume-oil", yes=True), country="ID",
       showing="white-musk-perfume-oil")
S.room("product-yes-no", "tahan air gk?", Product("airy-sun-fluid-spf50", yes=True, facts=["80 minutes"]), country="ID",
       showing="airy-sun-fluid-spf50")
S.room("product-variant", "shade 25 ready?", Product("skin-veil-cushion-spf35", judge="says 25 Honey is in stock"),
       country="ID", showing="skin-veil-cushion-spf35")
S.room("product-variant", "yg 20ml brp kak?", Product("airy-sun-fluid-spf50", facts=["$8.90"]), country="ID",
       showing="airy-sun-fluid-spf50")
S.room("product-variant", "size L ada?", Product("cloud-toiletry-bag", judge="says size L is out of stock"), country="MY",
       showing="cloud-toiletry-bag")
S.desk("product-variant", "Casing iPhone 15 warna peach harganya brp?", Product("mirror-phone-case-iphone", facts=["$12.90"]))
S.room("comparison", "bagusan mana, toner atau sunscreen buat kulit sensitif?",
       Product("rice-water-toner", also=["airy-sun-fluid-spf50"], judge="says what the listings state (the toner is for all skin types, sensitive included), without inventing more"),
       country="ID")
S.room("returns-product", "kalo casingnya gk pas bisa retur?", ReturnProduct("mirror-phone-case-iphone"), country="ID",
       showing="mirror-phone-case-iphone")
