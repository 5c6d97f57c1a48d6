# cloudpeach set, Japanese. Written by the outsider2 stream: Japan (casual live-chat Japanese: 〜ですか/〜？/w/草,
# 送料, 何日, 在庫ある？, コンビニ払い, PayPay which the store does not take), cities (大阪, 札幌, 福岡, 那覇), and
# Japanese speakers in Taiwan or Korea.
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "届くまで何日くらいかかりますか？", Ship("days"), country="JP")
S.room("shipping", "送料いくら？", Ship("price"), country="JP")
S.desk("shipping", "日本への配送はできますか？送料と日数を教えてください", Ship("both", to="JP"))
S.room("shipping", "送料無料はいくらから？", Ship("free"), country="JP")
S.room("shipping", "速達ありますか？急ぎです🙏", NoExpress(), country="JP")
S.room("shipping", "韓国に送る場合は何日？", Ship("days", to="KR"), country="JP")
S.desk("shipping", "台湾への送料はいくらですか", Ship("price", to="TW"))
S.room("shipping", "中国本土にも発送できますか", NoShip("CN", others=["HK", "TW"]), country="CN")
# cities
S.room("shipping-city", "大阪まで何日？", Ship("days", to="JP"), country="JP")
S.desk("shipping-city", "札幌への送料はいくらですか？", Ship("price", to="JP"))
S.room("shipping-city", "福岡に届けてもらえますか？", Ship("both", to="JP"), country="JP")
S.room("shipping-city", "那覇だと何日かかる？", Ship("days", to="JP"), country="JP")
S.desk("shipping-city", "ソウル在住です。送料はいくら？", Ship("price", to="KR"))
S.room("shipping-city", "香港まで何日くらい？", Ship("days", to="HK"), country="HK")
# no country
S.desk("no-country", "支払い方法は何がありますか？", PayAnywhere())
S.desk("no-country", "返品はできますか？", ReturnsAnywhere())
S.desk("no-country", "楽天ペイ使えますか？", PayNamed("rakuten-pay", anywhere=True))
# customs
S.room("customs", "関税とかかかりますか？", Customs(), country="JP")
S.desk("customs", "受け取りのときに消費税を払う必要はありますか？", Customs(to="JP"), country="JP", declare=True)
S.room("customs", "韓国だと関税かかる？", Customs(to="KR", facts=["PCCC"]), country="KR")
# returns
S.room("returns", "返品って何日以内ならOK？", Returns("window"), country="JP")
S.desk("returns", "返品の送料はどちら負担ですか？返金までどのくらいかかりますか？",
       Returns("cost+refund", country="JP"), country="JP", declare=True)
S.room("returns", "返金って何日くらいで戻る？", Returns("refund"), country="JP")
S.room("returns-product", "香水って開けたら返品できない？", ReturnProduct("CP-FRG-01"), country="JP",
       showing="CP-FRG-01")
S.room("returns-product", "このミラー、気に入らなかったら返品できますか", ReturnProduct("CP-DEV-04"), country="JP",
       showing="CP-DEV-04")
S.desk("returns-product", "化粧水を開封しましたが肌に合いません。返品できますか？",
       ReturnProduct("CP-SKN-01", country="JP"), country="JP", declare=True)
# payment
S.room("payment", "支払い方法なにがある？", Pay(), country="JP")
S.desk("payment", "台湾からだとどの支払い方法が使えますか？", Pay(country="TW"))
S.room("payment", "カードないんだけど他の払い方ある？", Pay(), country="JP")
S.room("payment-named-method", "PayPay使える？", PayUnknown("PayPay"), country="JP")
S.room("payment-named-method", "コンビニ払いできますか？", PayUnknown("コンビニ払い"), country="JP")
S.room("payment-named-method", "PayPalは使えますか", PayNamed("paypal"), country="JP")
S.desk("payment-named-method", "代引きはできますか？", PayNamed("cod", country="JP"), country="JP", declare=True)
S.room("payment-named-method", "楽天ペイOK？", PayNamed("rakuten-pay"), country="JP")
# products
S.room("product-attribute", "容量は何ml？", Product("CP-SKN-03", facts=["50 ml"]), country="JP", showing="CP-SKN-03")
S.room("product-attribute", "バッテリーどのくらい持ちますか？", Product("CP-DEV-01", facts=["150 minutes"]),
       country="JP", showing="CP-DEV-01")
S.room("product-attribute", "何度まで上がる？", Product("CP-DEV-06", facts=["200 °C"]), country="JP",
       showing="CP-DEV-06")
S.desk("product-attribute", "Haloミラーのサイズは何インチですか？", Product("CP-DEV-04", facts=["8 inch"]))
S.room("product-attribute", "SPFいくつ？", Product("CP-MKP-02", facts=["35"]), country="JP", showing="CP-MKP-02")
S.room("product-yes-no", "ウォータープルーフですか？", Product("CP-MKP-03", yes=True), country="JP",
       showing="CP-MKP-03")
S.room("product-yes-no", "白浮きしますか？", Product("CP-SKN-03", yes=False), country="JP", showing="CP-SKN-03")
S.room("product-yes-no", "これ無香料？", Product("CP-SKN-02", yes=False), country="JP", showing="CP-SKN-02")
S.room("product-yes-no", "レフィル付いてますか？", Product("CP-MKP-02", yes=True), country="JP", showing="CP-MKP-02")
S.desk("product-yes-no", "マイクロリフトは妊娠中でも使えますか？", Product("CP-DEV-03", yes=False))
S.room("product-variant", "21番の在庫ありますか？", Product("CP-MKP-02", judge="says 21 Ivory is in stock"),
       country="JP", showing="CP-MKP-02")
S.room("product-variant", "300mlのほうはいくら？", Product("CP-SKN-01", facts=["$22.90"]), country="JP",
       showing="CP-SKN-01")
S.room("product-variant", "iPhone16用ある？", Product("CP-ACC-01", judge="says the iPhone 16 case is in stock"),
       country="JP", showing="CP-ACC-01")
S.desk("product-variant", "リップティントの02ブリックローズは在庫ありますか？",
       Product("CP-MKP-01", judge="says 02 Brick Rose is out of stock"))
S.room("comparison", "クッションファンデと日焼け止め、SPFはどっちが高い？",
       Product("CP-MKP-02", also=["CP-SKN-03"], facts=["35", "50+"]), country="JP")
S.desk("comparison", "ミラーとカールアイロン、バッテリー容量はどちらが大きいですか？",
       Product("CP-DEV-04", also=["CP-DEV-06"], facts=["2000 mAh", "5000 mAh"]))
# faq
S.room("faq-casual", "これって本物？偽物じゃない？", Faq("authentic", facts=["ISO 22716"]), country="JP")
S.desk("faq-casual", "荷物の追跡ってどうやるの？", Faq("tracking", facts=["17track"]))
S.room("faq-casual", "ファンデの色番どれがいいか分からない…", Faq("shade-match", facts=["24"]), country="JP")
S.room("faq-casual", "いつ発送されますか？", Faq("dispatch", facts=["1-3"]), country="JP")
S.desk("faq-casual", "瓶が割れて届きました😢", Faq("damaged", facts=["72 hours"]))
# two in one
S.room("two-in-one", "送料いくらで何日かかる？", Ship("both"), country="JP")
S.desk("two-in-one", "東京までの日数と、返品できる期間を教えてください",
       Both(Ship("days", to="JP"), Returns("window", country="JP")))
S.room("two-in-one", "送料いくら？PayPal使える？", Both(Ship("price"), PayNamed("paypal")), country="JP")
# chatter
S.room("chatter", "かわいいwww", Chatter(), country="JP")
S.room("chatter", [("host", "じゃあ次はクッションファンデ見ていきます！", Chatter()), ("わーい🙌", Chatter())],
       country="JP")
S.desk("chatter", [("日本まで何日？", Ship("days", to="JP")), ("了解です、ありがとう！", Chatter())])
S.room("chatter", "草", Chatter(), country="JP")
# handoff
S.desk("handoff", "注文番号CP21455がまだ届きません。どうなってますか？", Human("order_status"))
S.room("handoff", "スタッフさんと話したいです", Human(), country="JP")
S.desk("handoff", "カールアイロンに収納ポーチは付いていますか？", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("送料いくら？", ["JP", "KR", "TW", "HK", "US"], lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("何日で届く？", ["JP", "KR", "TW", "SG", "US"], lambda c, cs: Ship("days", others=cs, room_names=True))
