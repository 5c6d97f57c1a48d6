# cloudpeach set, Chinese. Written by the outsider2 stream: Taiwan and Hong Kong in Traditional characters (運費、
# 幾天、有貨嗎、街口、LINE Pay、EZ WAY、唔該、幾錢), Singapore and Malaysia Chinese in Simplified with English and Malay
# words (shipping 几天, lah), mainland viewers (not shipped to), cities (台北, 高雄, 九龙, 新山, 吉隆坡).
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "寄到台灣要幾天？", Ship("days", to="TW"), country="TW")
S.room("shipping", "運費多少", Ship("price"), country="TW")
S.desk("shipping", "你好，可以寄新加坡吗？运费多少，几天到？", Ship("both", to="SG"))
S.room("shipping", "香港滿幾錢免運？", Ship("free"), country="HK")
S.room("shipping", "有冇快遞？想快啲收到", NoExpress(), country="HK")
S.room("shipping", "马来西亚shipping几天到？", Ship("days", to="MY"), country="MY")
S.desk("shipping", "寄到美国运费多少？", Ship("price", to="US"))
S.room("shipping", "能发大陆吗？", NoShip("CN", others=["HK", "TW"]), country="CN")
S.room("shipping", "新加坡有express吗？多少钱", Ship("express", to="SG"), country="SG")
# cities
S.room("shipping-city", "寄高雄要幾天？", Ship("days", to="TW"), country="TW")
S.desk("shipping-city", "台北運費多少錢？", Ship("price", to="TW"))
S.room("shipping-city", "九龍可以送嗎？幾多日？", Ship("days", to="HK"), country="HK")
S.room("shipping-city", "寄新山几天到？", Ship("days", to="MY"), country="MY")
S.desk("shipping-city", "我在吉隆坡，运费多少？", Ship("price", to="MY"))
S.room("shipping-city", "寄溫哥華要多久？", Ship("days", to="CA"), country="CA")
# no country
S.desk("no-country", "可以用什么付款？", PayAnywhere())
S.desk("no-country", "退货政策是怎样的？", ReturnsAnywhere())
S.desk("no-country", "可以用PayNow吗？", PayNamed("paynow", anywhere=True))
# customs
S.room("customs", "要報關嗎？需要EZ WAY嗎？", Customs(facts=["EZ WAY"]), country="TW")
S.desk("customs", "寄到香港要交税吗？", Customs(to="HK"))
S.room("customs", "马来西亚收货要付税吗？", Customs(), country="MY")
# returns
S.room("returns", "可以退貨嗎？幾天內？", Returns("window"), country="TW")
S.desk("returns", "退货运费谁付？退款要多久？", Returns("cost+refund", country="SG"), country="SG", declare=True)
S.room("returns", "退款幾耐到？", Returns("refund"), country="HK")
S.room("returns-product", "香水開了還能退嗎？", ReturnProduct("CP-FRG-01"), country="TW", showing="CP-FRG-01")
S.room("returns-product", "这个卷发棒不喜欢可以退吗", ReturnProduct("CP-DEV-06"), country="MY", showing="CP-DEV-06")
S.desk("returns-product", "精华拆封了不适合我的皮肤，可以退吗？", ReturnProduct("CP-SKN-02", country="SG"),
       country="SG", declare=True)
S.room("returns-product", "化妆包可以退吗？", ReturnProduct("CP-ACC-03"), country="US", showing="CP-ACC-03")
# payment
S.room("payment", "可以用什麼付款？", Pay(), country="TW")
S.desk("payment", "香港可以用咩付款？", Pay(country="HK"))
S.room("payment", "马来西亚怎么付款？", Pay(), country="MY")
S.room("payment-named-method", "可以用微信支付吗？", PayUnknown("微信支付"), country="SG")
S.room("payment-named-method", "LINE Pay可以嗎？", PayNamed("line-pay"), country="TW")
S.room("payment-named-method", "街口支付可以用嗎", PayUnknown("街口支付"), country="TW")
S.desk("payment-named-method", "新加坡可以用支付宝吗？", PayNamed("alipay", country="SG"))
S.room("payment-named-method", "有貨到付款嗎？", PayNamed("cod"), country="TW")
# products
S.room("product-attribute", "容量多少ml？", Product("CP-SKN-05", facts=["60 ml"]), country="TW", showing="CP-SKN-05")
S.room("product-attribute", "電池可以用多久？", Product("CP-DEV-06", facts=["40 minutes"]), country="HK",
       showing="CP-DEV-06")
S.room("product-attribute", "最高幾度？", Product("CP-DEV-05", facts=["200 °C"]), country="TW", showing="CP-DEV-05")
S.desk("product-attribute", "Halo化妆镜多大？几寸？", Product("CP-DEV-04", facts=["8 inch"]))
S.room("product-attribute", "留香多久？", Product("CP-FRG-01", facts=["8-10 hours"]), country="SG",
       showing="CP-FRG-01")
S.room("product-yes-no", "會泛白嗎？", Product("CP-SKN-03", yes=False), country="TW", showing="CP-SKN-03")
S.room("product-yes-no", "孕婦可以用嗎？", Product("CP-SKN-06", yes=False), country="TW", showing="CP-SKN-06")
S.room("product-yes-no", "防水嗎？", Product("CP-MKP-03", yes=True), country="HK", showing="CP-MKP-03")
S.room("product-yes-no", "含酒精吗？", Product("CP-SKN-01", yes=False), country="MY", showing="CP-SKN-01")
S.desk("product-yes-no", "唇釉會沾杯嗎？", Product("CP-MKP-01", yes=False, judge="it is transfer-proof once set"))
S.room("product-variant", "02號還有貨嗎？", Product("CP-MKP-01", judge="says 02 Brick Rose is out of stock"),
       country="TW", showing="CP-MKP-01")
S.room("product-variant", "100ml幾錢？", Product("CP-FRG-01", facts=["$59.00"]), country="HK", showing="CP-FRG-01")
S.room("product-variant", "粉色有现货吗？", Product("CP-DEV-01", judge="says pink is in stock"), country="SG",
       showing="CP-DEV-01")
S.desk("product-variant", "化妝包L號多少錢？還有貨嗎？", Product("CP-ACC-03", facts=["$21.00"],
       judge="says size L is out of stock"))
S.room("comparison", "維C精華跟視黃醛精華差在哪？",
       Product("CP-SKN-02", also=["CP-SKN-06"], judge="compares 15% vitamin C with 0.05% retinal"), country="TW")
S.desk("comparison", "化妆镜和卷发棒哪个电池大？", Product("CP-DEV-04", also=["CP-DEV-06"],
       facts=["2000 mAh", "5000 mAh"]))
# faq
S.room("faq-casual", "是正品嗎？", Faq("authentic", facts=["ISO 22716"]), country="TW")
S.desk("faq-casual", "什么时候发货？", Faq("dispatch", facts=["1-3"]))
S.room("faq-casual", "有沒有送小樣？", Faq("samples", facts=["30"]), country="TW")
S.room("faq-casual", "收到瓶子破了怎么办😭", Faq("damaged", facts=["72"]), country="SG")
S.desk("faq-casual", "你們有做動物實驗嗎？", Faq("cruelty-free", judge="says no, never tested on animals"))
# two in one
S.room("two-in-one", "運費多少？可以用LINE Pay嗎？", Both(Ship("price"), PayNamed("line-pay")), country="TW")
S.desk("two-in-one", "寄香港幾多日？可唔可以退貨？", Both(Ship("days", to="HK"), Returns("window", country="HK")))
S.room("two-in-one", "寄吉隆坡多少钱，可以用touch n go吗", Both(Ship("price", to="MY"), PayNamed("tng")),
       country="MY")
# chatter
S.room("chatter", "哈哈哈哈好可愛", Chatter(), country="TW")
S.room("chatter", [("host", "好，接下来给大家看气垫！", Chatter()), ("来了来了🔥", Chatter())], country="MY")
S.desk("chatter", [("寄台灣幾天？", Ship("days", to="TW")), ("好的謝謝", Chatter())])
S.room("chatter", "主播好美💕", Chatter(), country="HK")
# handoff
S.desk("handoff", "訂單CP66120還沒到，查不到物流", Human("order_status"))
S.room("handoff", "我要找真人客服", Human(), country="TW")
S.desk("handoff", "卷发棒有附收纳包吗？", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("運費多少？", ["TW", "HK", "SG", "MY", "US"], lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("几天到？", ["TW", "HK", "SG", "CA", "JP"], lambda c, cs: Ship("days", others=cs, room_names=True))
