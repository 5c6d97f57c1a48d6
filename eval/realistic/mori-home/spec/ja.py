# mori-home set, Japanese: Japan (Sagawa, DDP, 8-day returns, Konbini/PayPay), viewers abroad; casual, ｗ, English words.
from dsl import *  # noqa: F401,F403

S.room("shipping", "送料いくらですか？", Ship("price"), country="JP")
S.room("shipping", "何日で届きます？🙏", Ship("days"), country="JP")
S.desk("shipping", "日本への配送は何日くらいかかりますか？送料も教えてください", Ship("both", to="JP"))
S.room("shipping", "送料無料はいくらから？", Ship("free"), country="JP")
S.room("shipping", "急ぎなんですけど速達ってありますか", Ship("express"), country="JP")
S.desk("shipping", "台湾にも送れますか？", Ship("both", to="TW"))
S.room("shipping-city", "大阪まで何日かかる？", Ship("days", to="JP"), country="JP")
S.desk("shipping-city", "札幌に住んでます。送料はいくら？", Ship("price", to="JP"))
S.room("shipping-city", "ソウルに送ってもらえますか？送料は？", Ship("price", to="KR"), country="JP")
S.desk("shipping-city", "福岡への配送日数を教えて", Ship("days", to="JP"))
S.room("handoff", "ロンドンに送れますか？", NoShip("GB", others=["JP", "US"]), country="GB")
S.desk("no-country", "支払い方法は何がありますか？", PayAnywhere())
S.desk("no-country", "返品は何日以内？", ReturnsAnywhere())
S.desk("no-country", "PayPayって使えますか？", PayNamed("paypay", anywhere=True))
S.room("customs", "関税かかりますか？", Customs(), country="JP")
S.desk("customs", "受け取りの時に消費税とか払う必要ありますか？", Customs(to="JP"), country="JP")
S.room("returns", "サイズ合わなかったら返品できる？何日以内？", Returns("window"), country="JP")
S.desk("returns", "返品の送料はどちらが負担ですか？返金までの日数も知りたいです", Returns("cost+refund", country="JP"),
       country="JP", declare=True)
S.room("returns", "返金ってどれくらいで戻ってきます？", Returns("refund"), country="JP")
S.room("returns-product", "お茶、開けちゃったら返品できないですよね？", ReturnProduct("MH-TEA-01"), country="JP",
       showing="MH-TEA-01")
S.room("returns-product", "クレンジングオイル使ってみて合わなかったら返品できますか", ReturnProduct("MH-SKN-02"),
       country="JP", showing="MH-SKN-02")
S.room("returns-product", "このローブ、サイズ違ったら返品OK？", ReturnProduct("MH-SLP-02"), country="JP",
       showing="MH-SLP-02")
S.room("payment", "支払い方法なにがある？", Pay(), country="JP")
S.desk("payment", "台湾からだとどの支払い方法が使えますか", Pay(country="TW"))
S.room("payment-named-method", "コンビニ払いできますか？", PayNamed("konbini"), country="JP")
S.room("payment-named-method", "代引きできる？", PayNamed("cod"), country="JP")
S.room("payment-named-method", "楽天ペイ使える？", PayUnknown("楽天ペイ"), country="JP")
S.room("payment-named-method", "PayPayで払えますか", PayNamed("paypay"), country="JP")
S.room("product-attribute", "このマグの容量は？", Product("MH-CER-01", facts=["350 ml"]), country="JP", showing="MH-CER-01")
S.room("product-attribute", "素材なんですか？", Product("MH-SLP-02", facts=["ダブルガーゼ"]), country="JP",
       showing="MH-SLP-02")
S.desk("product-attribute", "Tetsuの鉄瓶って重さどのくらい？", Product("MH-CER-04", facts=["1.2 kg"]))
S.room("product-yes-no", "これ食洗機OK？", Product("MH-CER-01", yes=True), country="JP", showing="MH-CER-01")
S.room("product-yes-no", "この急須、直火にかけられますか？", Product("MH-CER-04", yes=False), country="JP", showing="MH-CER-04")
S.room("product-yes-no", "蓋碗って食洗機いけます？", Product("MH-CER-03", yes=False), country="JP", showing="MH-CER-03")
S.room("product-variant", "XLサイズの値段いくら？", Product("MH-SLP-01", facts=["€125"]), country="JP", showing="MH-SLP-01")
S.room("product-variant", "Mサイズのシャンパン色まだある？", Product("MH-SLP-01", judge="says M champagne is out of stock"),
       country="JP", showing="MH-SLP-01")
S.room("product-variant", "赤い鉄瓶ありますか", Product("MH-CER-04", judge="says the red one is in stock"), country="JP",
       showing="MH-CER-04")
S.room("comparison", "マグと鉄瓶どっちが容量大きい？", Product("MH-CER-01", facts=["350 ml", "800 ml"], also=["MH-CER-04"]),
       country="JP")
S.room("faq-casual", "これ本物のシルク？", Faq("real-silk", judge="says yes, 100% mulberry silk"), country="JP")
S.desk("faq-casual", "マグカップが割れて届きました…", Faq("broken", facts=["48"]))
S.room("faq-casual", "ラッピングできますか？プレゼント用", Faq("gift-wrap", facts=["3.50"]), country="JP")
S.room("faq-casual", "サイズ感どうですか？普段M", Faq("size-guide", facts=["88"]), country="JP")
S.room("faq-casual", "生地サンプルってもらえます？", Faq("swatches", facts=["4"]), country="JP")
S.room("two-in-one", "東京まで送料いくら？コンビニ払いできる？", Both(Ship("price", to="JP"), PayNamed("konbini")),
       country="JP")
S.desk("two-in-one", "配送日数と返品期限を教えてください", Both(Ship("days", to="JP"), Returns("window", country="JP")),
       country="JP")
S.room("chatter", "かわいいｗｗｗ", Chatter(), country="JP")
S.room("chatter", [("host", "じゃあ次はタオルいきます！", Chatter()), ("わーい🙌", Chatter())], country="JP")
S.desk("chatter", [("日本まで何日？", Ship("days", to="JP")), ("了解です、ありがとう！", Chatter())])
S.desk("handoff", "注文番号MH61234の荷物がまだ届きません", Human("order_status"))
S.room("handoff", "スタッフの人と話したいです", Human(), country="JP")
S.room("handoff", "このカバー、日本のシングル布団150x210に合いますか？", Product("MH-BED-01", missing=True), country="JP",
       showing="MH-BED-01")
S.crowd("送料いくら？", ["JP", "TW", "KR", "US", "SG"], lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch
S.room("shipping", "送料freeになるのいくらから？", Ship("free"), country="JP")
S.room("shipping", "届くまで何日くらい？急ぎじゃないです", Ship("days"), country="JP")
S.desk("shipping", "アメリカの住所に送ってもらうことはできますか？送料と日数を知りたいです", Ship("both", to="US"))
S.room("shipping-city", "名古屋への送料は？", Ship("price", to="JP"), country="JP")
S.room("shipping-city", "台北に送ったら何日？", Ship("days", to="TW"), country="JP")
S.room("product-variant", "これいくら？", Product("MH-CND-02", facts=["€29"]), country="JP", showing="MH-CND-02")
S.room("product-variant", "キングサイズの値段は？", Product("MH-BED-01", facts=["€95"]), country="JP", showing="MH-BED-01")
S.room("product-variant", "柚子の香りのキャンドルありますか", Product("MH-CND-01", judge="says yuzu is out of stock"),
       country="JP", showing="MH-CND-01")
S.room("product-attribute", "このシーツ、ポケットの深さは？", Product("MH-BED-03", facts=["40 cm"]), country="JP",
       showing="MH-BED-03")
S.room("comparison", "龍井と白茶どっちが高い？", Product("MH-TEA-01", facts=["€22", "€38"], also=["MH-TEA-02"]), country="JP")
S.room("product-yes-no", "このマスク、香料入ってる？", Product("MH-SKN-01", yes=False, judge="it is fragrance-free"),
       country="JP", showing="MH-SKN-01")
S.room("faq-casual", "いつ発送されますか？", Faq("dispatch", facts=["2"]), country="JP")
S.room("faq-casual", "リネンって洗濯で縮みますか", Faq("linen-shrink", judge="says only 3-4% at the first wash"), country="JP")
S.room("two-in-one", "大阪まで何日？返品はできる？", Both(Ship("days", to="JP"), Returns("window", country="JP")),
       country="JP")
S.desk("handoff", "注文MH61502の届け先住所を変更したいです", Human())
S.room("payment-named-method", "Apple Payは使えますか？", PayNamed("apple-pay"), country="JP")
S.room("payment-named-method", "d払いできる？", PayUnknown("d払い"), country="JP")
S.crowd("何日で届きますか？", ["JP", "TW", "KR", "US", "AU"], lambda c, cs: Ship("days", others=cs, room_names=True))
