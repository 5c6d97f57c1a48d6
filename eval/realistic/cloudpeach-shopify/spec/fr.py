# cloudpeach-shopify set, French: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "la batterie fait combien de mAh ?", Product("halo-8-led-makeup-mirror", facts=["2000 mAh"]),
       country="FR", showing="halo-8-led-makeup-mirror")
S.room("product-attribute", "ça chauffe en combien de temps ?", Product("mini-travel-flat-iron", facts=["60 seconds"]),
       country="BE", showing="mini-travel-flat-iron")
S.desk("product-attribute", "Le boucleur sans fil a combien de températures ?", Product("cordless-auto-hair-curler",
       facts=["160", "180", "200 °C"]))
S.room("product-yes-no", "il laisse des traces blanches ?", Product("airy-sun-fluid-spf50", yes=False), country="FR",
       showing="airy-sun-fluid-spf50")
S.room("product-yes-no", "la recharge est incluse ?", Product("skin-veil-cushion-spf35", yes=True), country="FR",
       showing="skin-veil-cushion-spf35")
S.room("product-variant", "combien le 20 ml ?", Product("airy-sun-fluid-spf50", facts=["$8.90"]), country="FR",
       showing="airy-sun-fluid-spf50")
S.room("product-variant", "la prise UK est dispo ?", Product("mini-travel-flat-iron", judge="says the UK (Type G) plug is out of stock"),
       country="BE", showing="mini-travel-flat-iron")
S.room("product-variant", "la teinte 21 est en stock ?", Product("skin-veil-cushion-spf35", judge="says 21 Ivory is in stock"),
       country="CA", showing="skin-veil-cushion-spf35")
S.desk("product-variant", "La coque miroir iPhone 15 Pro lilas, elle coûte combien ?", Product("mirror-phone-case-iphone",
       facts=["$14.90"]))
S.room("comparison", "le 50 ml ou le 100 ml, c'est quoi la différence de prix ?",
       Product("oud-rose-eau-de-parfum", facts=["$39.00", "$59.00"]), country="FR", showing="oud-rose-eau-de-parfum")
S.room("returns-product", "et le miroir on peut le renvoyer ?", ReturnProduct("halo-8-led-makeup-mirror"), country="FR",
       showing="halo-8-led-makeup-mirror")
