# cloudpeach-shopify set, Arabic: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "كم ساعة يثبت العطر؟", Product("oud-rose-eau-de-parfum", facts=["8-10 hours"]), country="SA",
       showing="oud-rose-eau-de-parfum")
S.room("product-attribute", "كم مل؟", Product("white-musk-perfume-oil", facts=["12 ml"]), country="KW",
       showing="white-musk-perfume-oil")
S.desk("product-attribute", "كم درجة حرارة مكواة الشعر الصغيرة؟", Product("mini-travel-flat-iron", facts=["200 °C"]))
S.room("product-yes-no", "فيه كحول؟", Product("white-musk-perfume-oil", yes=False, judge="it is alcohol-free"),
       country="SA", showing="white-musk-perfume-oil")
S.room("product-yes-no", "حلال؟", Product("white-musk-perfume-oil", yes=True), country="AE",
       showing="white-musk-perfume-oil")
S.room("product-variant", "بكم 100 مل؟ فيه خصم؟", Product("oud-rose-eau-de-parfum", facts=["$59.00", "$69.00"]),
       country="SA", showing="oud-rose-eau-de-parfum")
S.room("product-variant", "الفيش البريطاني متوفر؟", Product("mini-travel-flat-iron",
       judge="says the UK (Type G) plug is out of stock"), country="AE", showing="mini-travel-flat-iron")
S.room("product-variant", "اللون الاسود متوفر؟", Product("halo-8-led-makeup-mirror", judge="says black is in stock"),
       country="QA", showing="halo-8-led-makeup-mirror")
S.desk("product-variant", "كم سعر جراب الآيفون 16 برو؟", Product("mirror-phone-case-iphone", facts=["$14.90"]))
S.room("comparison", "ايش الفرق بين العطر وزيت المسك؟", Product("oud-rose-eau-de-parfum", also=["white-musk-perfume-oil"],
       judge="says the musk oil is alcohol-free and the eau de parfum contains alcohol"), country="SA",
       showing="oud-rose-eau-de-parfum")
S.room("returns-product", "المرآة اقدر ارجعها؟", ReturnProduct("halo-8-led-makeup-mirror"), country="SA",
       showing="halo-8-led-makeup-mirror")
