# cloudpeach-shopify set, English: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "how many mAh is the battery", Product("pure-2-sonic-cleansing-brush", facts=["600 mAh"]),
       country="US", showing="pure-2-sonic-cleansing-brush")
S.room("product-attribute", "how long does it take to charge?", Product("cordless-auto-hair-curler", facts=["3 hours"]),
       country="CA", showing="cordless-auto-hair-curler")
S.desk("product-attribute", "what size is the M toiletry bag in cm?", Product("cloud-toiletry-bag", facts=["24 x 16 x 9 cm"]))
S.room("product-yes-no", "is the toner alcohol free??", Product("rice-water-toner", yes=True), country="PH",
       showing="rice-water-toner")
S.room("product-yes-no", "does the perfume have alcohol in it", Product("oud-rose-eau-de-parfum", yes=True,
       judge="it contains alcohol"), country="AE", showing="oud-rose-eau-de-parfum")
S.room("product-variant", "is the lilac one for iphone 16 in stock?", Product("mirror-phone-case-iphone",
       judge="says the iPhone 16 Lilac case is out of stock"), country="US", showing="mirror-phone-case-iphone")
S.room("product-variant", "how much is the 100ml, is it on sale?", Product("oud-rose-eau-de-parfum", facts=["$59.00", "$69.00"]),
       country="US", showing="oud-rose-eau-de-parfum")
S.room("product-variant", "can i still order 35 mocha?", Product("skin-veil-cushion-spf35",
       judge="says 35 Mocha is out of stock but can still be ordered"), country="CA", showing="skin-veil-cushion-spf35")
S.desk("product-variant", "Is the White Musk perfume oil available?", Product("white-musk-perfume-oil", facts=["$24.00"],
       judge="says it is available (stock is not tracked, so it is on sale)"))
S.desk("comparison", "Halo mirror vs Pure 2 brush, which battery is bigger?",
       Product("halo-8-led-makeup-mirror", also=["pure-2-sonic-cleansing-brush"], facts=["2000 mAh", "600 mAh"]))
S.room("returns-product", "can i return the lip tint if i opened it", ReturnProduct("cloud-matte-lip-tint"),
       country="US", showing="cloud-matte-lip-tint")
