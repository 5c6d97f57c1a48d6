# cloudpeach-shopify set, Japanese: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "何分くらい使える？", Product("cordless-auto-hair-curler", facts=["40 minutes"]), country="JP",
       showing="cordless-auto-hair-curler")
S.room("product-attribute", "拡大鏡は何倍？", Product("halo-8-led-makeup-mirror", facts=["10x"]), country="JP",
       showing="halo-8-led-makeup-mirror")
S.desk("product-attribute", "Pure 2の充電時間は？", Product("pure-2-sonic-cleansing-brush", facts=["2 hours"]))
S.room("product-yes-no", "アルコール入ってる？", Product("white-musk-perfume-oil", yes=False, judge="it is alcohol-free"),
       country="JP", showing="white-musk-perfume-oil")
S.room("product-yes-no", "Androidでも使える？", Product("mirror-phone-case-iphone", yes=False,
       judge="it is for iPhone only"), country="JP", showing="mirror-phone-case-iphone")
S.room("product-variant", "03番いくら？", Product("cloud-matte-lip-tint", facts=["$11.90"]), country="JP",
       showing="cloud-matte-lip-tint")
S.room("product-variant", "ミントは在庫ある？", Product("pure-2-sonic-cleansing-brush", judge="says mint is out of stock"),
       country="JP", showing="pure-2-sonic-cleansing-brush")
S.room("product-variant", "セール中？元の値段は？", Product("cloud-matte-lip-tint", facts=["$9.90", "$12.00"]),
       country="JP", showing="cloud-matte-lip-tint")
S.desk("product-variant", "Halo ミラーの黒はありますか？", Product("halo-8-led-makeup-mirror", judge="says black is in stock"))
S.room("comparison", "50mlと100mlどっちがお得？", Product("oud-rose-eau-de-parfum", facts=["$39.00", "$59.00"]),
       country="JP", showing="oud-rose-eau-de-parfum")
S.room("returns-product", "開けた化粧水は返品できる？", ReturnProduct("rice-water-toner"), country="JP",
       showing="rice-water-toner")
