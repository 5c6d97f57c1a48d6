# cloudpeach-shopify set, Chinese: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "功率多少瓦？", Product("mini-travel-flat-iron", facts=["25 W"]), country="TW",
       showing="mini-travel-flat-iron")
S.room("product-attribute", "充满电可以用多久？", Product("pure-2-sonic-cleansing-brush", facts=["150 minutes"]),
       country="SG", showing="pure-2-sonic-cleansing-brush")
S.desk("product-attribute", "卷髮棒的捲筒是幾mm？", Product("cordless-auto-hair-curler", facts=["25 mm"]))
S.room("product-yes-no", "防水嗎？洗澡可以用嗎？", Product("pure-2-sonic-cleansing-brush", yes=True, facts=["IPX7"]),
       country="HK", showing="pure-2-sonic-cleansing-brush")
S.room("product-yes-no", "可以用在安卓手機嗎？", Product("mirror-phone-case-iphone", yes=False,
       judge="it is for iPhone only"), country="TW", showing="mirror-phone-case-iphone")
S.room("product-variant", "100ml多少錢？有特價嗎？", Product("oud-rose-eau-de-parfum", facts=["$59.00", "$69.00"]),
       country="HK", showing="oud-rose-eau-de-parfum")
S.room("product-variant", "英規插頭有貨嗎？", Product("mini-travel-flat-iron", judge="says the UK (Type G) plug is out of stock"),
       country="HK", showing="mini-travel-flat-iron")
S.room("product-variant", "M号多少钱？", Product("cloud-toiletry-bag", facts=["$17.00"]), country="MY",
       showing="cloud-toiletry-bag")
S.desk("product-variant", "White Musk香油還有貨嗎？", Product("white-musk-perfume-oil",
       judge="says it is available (stock is not tracked, so it is on sale)"))
S.room("comparison", "直髮夾和捲髮棒哪個溫度高？",
       Product("mini-travel-flat-iron", also=["cordless-auto-hair-curler"], facts=["200 °C"]), country="TW",
       showing="mini-travel-flat-iron")
S.room("returns-product", "香水不喜歡可以退嗎？", ReturnProduct("oud-rose-eau-de-parfum"), country="TW",
       showing="oud-rose-eau-de-parfum")
