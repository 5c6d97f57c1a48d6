# Chinese: Taiwan and Hong Kong (Traditional characters), Singapore and Malaysia, overseas Chinese, mainland
# viewers (the store does not ship to mainland China).
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "亲，运费多少呀？", Ship("price"), country="SG", showing="LL-KIT-0012")
S.desk("shipping", "寄到台灣要幾天？", Ship("days", to="TW"))
S.room("shipping", "包邮吗？满多少包邮", Ship("free"), country="MY")
S.desk("shipping", "寄香港運費幾多？幾耐到？", Ship("both", to="HK"))
S.room("shipping", "有没有快一点的？特快几天到", Ship("express"), country="SG")
S.desk("shipping", "寄到澳洲运费多少，要多久", Ship("both", to="AU"), country="AU")

# ---- shipping-city
S.room("shipping-city", "寄到高雄多久？", Ship("days", to="TW"), country="TW")
S.desk("shipping-city", "吉隆坡运费多少钱？", Ship("price", to="MY"))
S.room("shipping-city", "多伦多可以寄吗？多少天", Ship("days", to="CA"), country="CA")
S.desk("shipping-city", "我在上海，能发货吗？", NoShip("CN", others=["TW", "HK"]))
S.room("shipping-city", "台中運費多少？", Ship("price", to="TW"), country="TW")
S.desk("shipping-city", "想寄给悉尼的女儿，要几天能到？", Ship("days", to="AU"), country="SG")
S.room("shipping-city", "澳門可以寄嗎？要幾天", Ship("days", to="MO"), country="MO")
S.desk("shipping-city", "寄到慕尼黑要多久？运费呢", Ship("both", to="DE"), country="SG")

# ---- no-country
S.desk("no-country", "你们支持哪些付款方式？", PayAnywhere())
S.desk("no-country", "几天内可以退货？", ReturnsAnywhere())
S.room("no-country", "可以刷卡吗", PayAnywhere())
S.desk("no-country", "可以用GrabPay付吗？", PayNamed("grabpay", anywhere=True))

# ---- customs
S.desk("customs", "寄台灣要交關稅嗎？要實名認證嗎？", Customs(to="TW", facts=["EZ WAY"]), country="TW")
S.room("customs", "到付的时候还要另外交税吗？", Customs(), country="SG")
S.desk("customs", "寄到巴西的话关税怎么算？要交吗", Customs(to="BR", facts=["ICMS"]), country="SG")

# ---- returns
S.desk("returns", "不喜欢可以退吗？几天内？", Returns("window"), country="TW")
S.room("returns", "退货运费谁出？", Returns("cost"), country="SG")
S.desk("returns", "退款多久到账？", Returns("refund"), country="HK")

# ---- returns-product
S.room("returns-product", "拆开用过一次的美容仪还能退吗？", ReturnProduct("LL-BTY-0009"), country="SG",
       showing="LL-BTY-0009")
S.desk("returns-product", "茶壶收到没用过可以退吗", ReturnProduct("LL-KIT-0018"), country="TW")
S.room("returns-product", "吹风机拆封了还能退货吗？", ReturnProduct("LL-BTY-0002"), country="MY",
       showing="LL-BTY-0002")

# ---- payment
S.desk("payment", "台灣可以用哪些付款方式？", Pay(), country="TW")
S.room("payment", "怎么付款？", Pay(), country="SG", showing="LL-KIT-0011")
S.room("payment", "馬來西亞付款方式有哪些", Pay(), country="MY")

# ---- payment-named-method
S.room("payment-named-method", "支持支付宝吗？", PayNamed("alipay"), country="SG")
S.desk("payment-named-method", "可以用微信支付嗎？", PayNamed("wechat-pay"), country="HK")
S.room("payment-named-method", "可以用八达通吗？", PayUnknown("八达通"), country="HK")
S.desk("payment-named-method", "能货到付款吗？", PayNamed("cod"), country="MY")

# ---- product-attribute
S.room("product-attribute", "这个茶具有几件？", Product("LL-KIT-0012", ["4"]), country="SG", showing="LL-KIT-0012")
S.room("product-attribute", "这个降噪耳机续航多久？", Product("LL-AUD-0004", ["9 h", "36 h"]), country="TW",
       showing="LL-AUD-0004")
S.desk("product-attribute", "行李箱是什么材质的？", Product("LL-BAG-0004", ["聚碳酸酯"]), country="HK")
S.room("product-attribute", "保温杯能保冰多久？", Product("LL-KIT-0011", ["24"]), country="MY", showing="LL-KIT-0011")

# ---- product-yes-no
S.room("product-yes-no", "防水吗？下雨天能用吗", Product("LL-OUT-0001", ["IPX4"], yes=True), country="TW",
       showing="LL-OUT-0001")
S.desk("product-yes-no", "扫地机器人能拖地吗？", Product("LL-SMH-0010", yes=True, judge="it has a mop"), country="SG")
S.room("product-yes-no", "支持Matter吗", Product("LL-SMH-0014", ["Matter"], yes=True), country="HK",
       showing="LL-SMH-0014")

# ---- product-variant
S.room("product-variant", "有粉色吗？", Product("LL-BTY-0001", judge="says pink is available"), country="SG",
       showing="LL-BTY-0001")
S.desk("product-variant", "防水袋20升的多少钱？", Product("LL-OUT-0014", ["$18.99"]), country="TW")
S.room("product-variant", "綠色還有貨嗎？", Product("LL-BAG-0007", judge="says green is out of stock"), country="TW",
       showing="LL-BAG-0007")

# ---- comparison
S.desk("comparison", "Sonaro Air S2 和 Air Pro 3 有什么区别？哪个降噪好", Product("LL-AUD-0003", ["$49.99", "$79.99"],
                                                                                     also=["LL-AUD-0004"]),
       country="SG")
S.room("comparison", "这个和Nano 100哪个功率大？", Product("LL-PHA-0002", ["65 W", "100 W"], also=["LL-PHA-0003"]),
       country="MY", showing="LL-PHA-0002")

# ---- faq-casual
S.desk("faq-casual", "快递单号在哪里查？", Faq("tracking", ["2-3 days"]), country="SG")
S.room("faq-casual", "是正品吗？", Faq("authenticity", judge="says genuine own brands"), country="TW")
S.desk("faq-casual", "可以批发吗？要买一百个", Faq("wholesale", ["50"]), country="MY")
S.desk("faq-casual", "收到的东西坏了怎么办", Faq("damaged-item", ["7 days"]), country="SG")
S.room("faq-casual", "直播价到什么时候截止？", Faq("live-deals", judge="says until the stream ends or the deal stock sells out"),
       country="SG")

# ---- two-in-one
S.room("two-in-one", "寄新加坡几天？能用GrabPay吗？", Both(Ship("days", to="SG"), PayNamed("grabpay", country="SG")),
       country="SG")
S.desk("two-in-one", "運費多少？不喜歡可以退嗎？", Both(Ship("price"), Returns("window")), country="TW")
S.room("two-in-one", "多少钱？有黑色吗？", Product("LL-AUD-0003", ["$49.99"], judge="also says black is in stock"),
       country="MY", showing="LL-AUD-0003")

# ---- chatter
S.room("chatter", "哈哈哈哈哈", Chatter(), country="SG")
S.room("chatter", [("运费多少？", Ship("price")), ("好的谢谢亲", Chatter())], country="MY")
S.desk("chatter", [("退货期限多久？", Returns("window")), ("嗯嗯 好的", Chatter())], country="SG")
S.room("chatter", [("host", "宝宝们晚上好！下一个产品马上来～", Chatter()), ("666666", Chatter())], country="SG",
       showing="LL-BTY-0005")
S.room("chatter", "主播好漂亮😍", Chatter(), country="TW")

# ---- handoff
S.desk("handoff", "我的订单73310怎么还没到？", Human("order_status"), country="SG")
S.room("handoff", "这个能连PS5吗", Product("LL-AUD-0016", missing=True), country="MY", showing="LL-AUD-0016")
S.desk("handoff", "请帮我转人工客服", Human("handoff"), country="SG")

# ---- cross-country-room
S.crowd(["运费多少？", "運費多少？", "運費多少？", "运费多少？", "运费多少？"], ["SG", "TW", "HK", "MY", "AU"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-KIT-0012")
S.crowd("可以用什么付款？", ["SG", "MY", "TW", "US", "JP"], lambda c, all_: Pay())
