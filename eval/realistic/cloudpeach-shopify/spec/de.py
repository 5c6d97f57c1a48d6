# cloudpeach-shopify set, German: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "wie lange hält der akku?", Product("halo-8-led-makeup-mirror", facts=["5 hours"]),
       country="DE", showing="halo-8-led-makeup-mirror")
S.room("product-attribute", "wie breit sind die platten?", Product("mini-travel-flat-iron", facts=["20 mm"]),
       country="AT", showing="mini-travel-flat-iron")
S.desk("product-attribute", "Wie viel wiegt die Spiegel-Handyhülle?", Product("mirror-phone-case-iphone", facts=["45 g"]))
S.room("product-yes-no", "ist das parfümfrei?", Product("rice-water-toner", yes=True), country="DE",
       showing="rice-water-toner")
S.room("product-yes-no", "geht die hülle mit magsafe?", Product("mirror-phone-case-iphone", yes=True), country="DE",
       showing="mirror-phone-case-iphone")
S.room("product-variant", "was kostet die 300 ml flasche?", Product("rice-water-toner", facts=["$22.90"]), country="DE",
       showing="rice-water-toner")
S.room("product-variant", "gibts den in schwarz?", Product("halo-8-led-makeup-mirror", judge="says black is in stock"),
       country="AT", showing="halo-8-led-makeup-mirror")
S.room("product-variant", "ist 31 caramel noch da?", Product("skin-veil-cushion-spf35", judge="says 31 Caramel is in stock"),
       country="DE", showing="skin-veil-cushion-spf35")
S.desk("product-variant", "Was kostet der Lockenstab in Blush Pink und ist das ein Angebot?",
       Product("cordless-auto-hair-curler", facts=["$45.00", "$55.00"]))
S.room("comparison", "welcher akku ist größer, spiegel oder lockenstab?",
       Product("halo-8-led-makeup-mirror", also=["cordless-auto-hair-curler"], facts=["2000 mAh", "5000 mAh"]),
       country="DE", showing="halo-8-led-makeup-mirror")
S.room("returns-product", "kann ich das parfum zurückschicken wenn es mir nicht gefällt?",
       ReturnProduct("oud-rose-eau-de-parfum"), country="DE", showing="oud-rose-eau-de-parfum")
