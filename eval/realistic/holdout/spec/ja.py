# Japanese: Japan mostly (casual, katakana English: 送料フリー, リターン, バッテリー), some Japanese abroad.
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "送料いくら？", Ship("price"), country="JP", showing="LL-BTY-0001")
S.desk("shipping", "日本まで何日くらいで届きますか？", Ship("days", to="JP"))
S.room("shipping", "送料無料っていくらから？", Ship("free"), country="JP")
S.desk("shipping", "エクスプレスだと何日？送料も教えてください", Ship("express"), country="JP")
S.room("shipping", "shippingってどのくらいかかる？日数も", Ship("both"), country="JP")
S.desk("shipping", "韓国に住んでる友達に送りたいんですが、送料いくらですか", Ship("price", to="KR"), country="JP")

# ---- shipping-city
S.room("shipping-city", "大阪まで何日？", Ship("days", to="JP"), country="JP")
S.desk("shipping-city", "札幌だと送料変わりますか？", Ship("price", to="JP"))
S.room("shipping-city", "福岡なんですけど、いつ届く？", Ship("days", to="JP"), country="JP")
S.desk("shipping-city", "ハワイに住んでます。ホノルルまで送れますか？送料は？", Ship("price", to="US"))
S.room("shipping-city", "沖縄でも届く？何日くらい？", Ship("days", to="JP"), country="JP")
S.desk("shipping-city", "台北への発送は可能ですか？日数を教えてください", Ship("days", to="TW"))
S.room("shipping-city", "ミュンヘンに住んでる姉に送りたい、送料は？", Ship("price", to="DE"), country="JP")

# ---- no-country
S.desk("no-country", "支払い方法は何がありますか？", PayAnywhere())
S.desk("no-country", "返品って何日以内ならできる？", ReturnsAnywhere())
S.room("no-country", "クレカ使える？", PayAnywhere())
S.desk("no-country", "PayPayで払えますか？", PayNamed("paypay", anywhere=True))

# ---- customs
S.desk("customs", "関税とか消費税、あとから請求されますか？", Customs(), country="JP")
S.room("customs", "受け取るとき追加でお金かかる？", Customs(), country="JP")
S.desk("customs", "カナダの実家に送る場合、関税は向こうで払うんですか？", Customs(to="CA"), country="JP")

# ---- returns
S.desk("returns", "返品期限は何日ですか？", Returns("window"), country="JP")
S.room("returns", "返品の送料ってこっち持ち？", Returns("cost"), country="JP")
S.desk("returns", "返金はいつ頃されますか", Returns("refund"), country="JP")
S.room("returns", "サイズ合わなかったらリターンできる？", Returns("window"), country="JP", showing="LL-APP-0002")

# ---- returns-product
S.room("returns-product", "開封したドライヤーって返品できますか", ReturnProduct("LL-BTY-0001"), country="JP",
       showing="LL-BTY-0001")
S.desk("returns-product", "電気ケトル、未使用なら返品できますか？", ReturnProduct("LL-KIT-0001"), country="JP")
S.room("returns-product", "美顔器一回使っちゃったけど返品いける？", ReturnProduct("LL-BTY-0009"), country="JP",
       showing="LL-BTY-0009")

# ---- payment
S.desk("payment", "どんな支払い方法が使えますか？", Pay(count=2), country="JP")
S.room("payment", "支払いって何が使える？", Pay(), country="JP", showing="LL-SMH-0016")
S.room("payment", "アメリカからだと支払い方法は？", Pay(country="US"), country="US", lang="ja")

# ---- payment-named-method
S.room("payment-named-method", "コンビニ払いできる？", PayNamed("konbini"), country="JP")
S.desk("payment-named-method", "PayPayは使えますか？", PayNamed("paypay"), country="JP")
S.room("payment-named-method", "楽天ペイ使えますか？", PayUnknown("楽天ペイ"), country="JP")
S.desk("payment-named-method", "代引きってできますか？", PayNamed("cod"), country="JP")

# ---- product-attribute
S.room("product-attribute", "重さどれくらい？", Product("LL-BTY-0001", ["320 g"]), country="JP",
       showing="LL-BTY-0001")
S.room("product-attribute", "何合炊けるの？容量は？", Product("LL-KIT-0009", ["1.2 L"]), country="JP",
       showing="LL-KIT-0009")
S.desk("product-attribute", "鉄瓶の急須って何リットル入りますか", Product("LL-KIT-0018", ["0.8 L"]), country="JP")
S.room("product-attribute", "バッテリー何時間もつ？", Product("LL-AUD-0017", ["7 h", "28 h"]), country="JP",
       showing="LL-AUD-0017")

# ---- product-yes-no
S.room("product-yes-no", "防水？お風呂で使える？", Product("LL-BTY-0019", ["IPX7"], yes=True), country="JP",
       showing="LL-BTY-0019")
S.desk("product-yes-no", "このスカーフってシルク100%ですか？", Product("LL-APP-0011", ["100%"], yes=True),
       country="JP")
S.room("product-yes-no", "日本のコンセントでそのまま使える？", Product("LL-PHA-0002", ["100-240 V"], yes=True),
       country="JP", showing="LL-PHA-0002")

# ---- product-variant
S.room("product-variant", "白ある？", Product("LL-AUD-0001", judge="says white is in stock"), country="JP",
       showing="LL-AUD-0001")
S.desk("product-variant", "スーツケースの24インチはいくらですか？", Product("LL-BAG-0004", ["$139.99"]), country="JP")
S.room("product-variant", "iPhone 16 Pro用のピンクまだある？", Product("LL-PHA-0009", judge="says pink for iPhone 16 Pro is in stock (low stock)"),
       country="JP", showing="LL-PHA-0009")

# ---- comparison
S.desk("comparison", "Air S2とAir Pro 3、重さはどっちが軽い？", Product("LL-AUD-0003", ["49 g", "52 g"],
                                                                     also=["LL-AUD-0004"]), country="JP")
S.room("comparison", "これとBoom Mini、防水性能どっちが上？", Product("LL-AUD-0012", ["IPX7", "IP67"],
                                                                  also=["LL-AUD-0011"]),
       country="JP", showing="LL-AUD-0012")

# ---- faq-casual
S.desk("faq-casual", "荷物の追跡ってどうやるの？", Faq("tracking", ["2-3 days"]), country="JP")
S.room("faq-casual", "これ本物？偽物じゃないよね？", Faq("authenticity", judge="says genuine own brands"), country="JP")
S.desk("faq-casual", "コンビニ払いの期限は？", Faq("konbini", ["3"]), country="JP")
S.desk("faq-casual", "ギフト包装ってできますか", Faq("gift-wrap", ["$2.99"]), country="JP")
S.room("faq-casual", "売り切れの色って再入荷する？", Faq("restock", ["2-4"]), country="JP")

# ---- two-in-one
S.room("two-in-one", "名古屋まで何日？あとコンビニ払いできる？", Both(Ship("days", to="JP"), PayNamed("konbini")),
       country="JP")
S.desk("two-in-one", "送料と返品期限を教えてください", Both(Ship("price"), Returns("window")), country="JP")
S.room("two-in-one", "これいくら？黒ある？", Product("LL-PHA-0013", ["$44.99"], judge="also says black is in stock"),
       country="JP", showing="LL-PHA-0013")

# ---- chatter
S.room("chatter", "www", Chatter(), country="JP")
S.room("chatter", [("送料いくらですか", Ship("price")), ("了解です、ありがとう！", Chatter())], country="JP")
S.desk("chatter", [("返品できる期間は？", Returns("window")), ("わかりました〜", Chatter())], country="JP")
S.room("chatter", [("host", "はい、次の商品いきますよー！", Chatter()), ("かわいい〜💕", Chatter())], country="JP",
       showing="LL-BAG-0007")

# ---- handoff
S.desk("handoff", "注文番号58231の荷物がまだ届きません", Human("order_status"), country="JP")
S.room("handoff", "これSwitchにつなげられる？", Product("LL-AUD-0004", missing=True), country="JP",
       showing="LL-AUD-0004")
S.desk("handoff", "担当者と直接話したいです", Human("handoff"), country="JP")

# ---- cross-country-room
S.crowd("送料いくら？", ["JP", "US", "KR", "TW", "BR", "GB"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-BTY-0001")
S.crowd("支払い方法は？", ["JP", "US", "KR", "SG", "DE"], lambda c, all_: Pay())
