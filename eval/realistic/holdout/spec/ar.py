# Arabic: Gulf colloquial (Saudi, Emirati, Kuwaiti, Qatari), Egyptian colloquial (Egypt is not shipped to), MSA.
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "كم سعر الشحن؟", Ship("price"), country="SA", showing="LL-BTY-0003")
S.desk("shipping", "كم يوم يوصل الطلب للسعودية؟", Ship("days", to="SA"))
S.room("shipping", "الشحن مجاني فوق كم؟", Ship("free"), country="AE")
S.desk("shipping", "الشحن السريع كم يوم وكم سعره؟", Ship("express"), country="KW")
S.room("shipping", "وش مدة التوصيل وكم الشحن؟", Ship("both"), country="SA")
S.desk("shipping", "تشحنون لقطر؟ كم التكلفة؟", Ship("price", to="QA"))

# ---- shipping-city
S.room("shipping-city", "كم يوم للرياض؟", Ship("days", to="SA"), country="SA")
S.desk("shipping-city", "الشحن لدبي بكم؟", Ship("price", to="AE"))
S.room("shipping-city", "أنا في جدة، متى يوصل؟", Ship("days", to="SA"), country="SA")
S.desk("shipping-city", "الشحن للقاهرة بكام؟ وهيوصل امتى؟", NoShip("EG", others=["SA", "AE"]))
S.room("shipping-city", "توصلون الدوحة؟ كم يوم؟", Ship("days", to="QA"), country="QA")
S.desk("shipping-city", "ابي ارسل هدية لأختي في مسقط، كم الشحن؟", Ship("price", to="OM"), country="SA")
S.room("shipping-city", "المنامة كم ياخذ الشحن؟", Ship("days", to="BH"), country="BH")
S.desk("shipping-city", "أدرس في ميونخ، كم يوم يوصل الطلب؟", Ship("days", to="DE"))

# ---- no-country
S.desk("no-country", "ايش طرق الدفع المتاحة؟", PayAnywhere())
S.desk("no-country", "كم يوم عندي عشان أرجع المنتج؟", ReturnsAnywhere())
S.room("no-country", "تقبلون فيزا؟", PayAnywhere())
S.desk("no-country", "تقبلون مدى؟", PayNamed("mada", anywhere=True))

# ---- customs
S.desk("customs", "فيه جمارك أدفعها لما يوصل؟", Customs(), country="SA")
S.room("customs", "الضريبة محسوبة ولا أدفعها عند الاستلام؟", Customs(), country="AE")
S.desk("customs", "لو طلبت لتركيا أدفع جمارك؟", Customs(to="TR"), country="TR")

# ---- returns
S.desk("returns", "كم مدة الإرجاع؟", Returns("window"), country="SA")
S.room("returns", "رسوم الإرجاع على مين؟", Returns("cost"), country="AE")
S.desk("returns", "متى يرجع لي المبلغ بعد ما ترجعون الطلب؟", Returns("refund"), country="KW")
S.room("returns", "لو ما عجبني أقدر أرجعه؟", Returns("window"), country="SA", showing="LL-BAG-0006")

# ---- returns-product
S.room("returns-product", "فتحت المكواة وجربتها مرة، ينفع أرجعها؟", ReturnProduct("LL-BTY-0003"), country="SA",
       showing="LL-BTY-0003")
S.desk("returns-product", "الكاميرا الخارجية لو ما ناسبتني أقدر أرجعها؟", ReturnProduct("LL-SMH-0008"), country="AE")
S.room("returns-product", "جهاز إزالة الشعر استخدمته مرة، يسترجع؟", ReturnProduct("LL-BTY-0007"), country="KW",
       showing="LL-BTY-0007")

# ---- payment
S.desk("payment", "وش طرق الدفع عندكم؟", Pay(count=2), country="SA")
S.room("payment", "كيف أدفع من الإمارات؟", Pay(), country="AE")
S.room("payment", "طرق الدفع في الكويت؟", Pay(), country="KW")

# ---- payment-named-method
S.room("payment-named-method", "فيه دفع عند الاستلام؟", PayNamed("cod"), country="SA")
S.desk("payment-named-method", "أقدر أقسط مع تابي؟", PayNamed("tabby"), country="AE")
S.room("payment-named-method", "تمارا متاحة في الكويت؟", PayNamed("tamara"), country="KW")
S.desk("payment-named-method", "تقبلون STC Pay؟", PayUnknown("STC Pay"), country="SA")

# ---- product-attribute
S.room("product-attribute", "كم درجة الحرارة القصوى؟", Product("LL-BTY-0003", ["230 °C"]), country="SA",
       showing="LL-BTY-0003")
S.room("product-attribute", "كم وزن الشنطة؟", Product("LL-BAG-0006", ["900 g"]), country="AE", showing="LL-BAG-0006")
S.desk("product-attribute", "سماعة Studio H7 كم ساعة بطاريتها؟", Product("LL-AUD-0008", ["40 h", "60 h"]),
       country="SA")
S.room("product-attribute", "الخيمة لكم شخص؟", Product("LL-OUT-0003", ["2"]), country="QA", showing="LL-OUT-0003")

# ---- product-yes-no
S.room("product-yes-no", "يشتغل على 220 فولت؟", Product("LL-BTY-0003", ["100-240 V"], yes=True), country="SA",
       showing="LL-BTY-0003")
S.desk("product-yes-no", "المحفظة فيها حماية RFID؟", Product("LL-BAG-0008", ["RFID"], yes=True), country="AE")
S.room("product-yes-no", "السماعة تتحمل الماء؟ أبي أستخدمها في المسبح", Product("LL-AUD-0002", ["IPX5"], yes=False,
                                                                               judge="IPX5 is splash/sweat, not for swimming"),
       country="KW", showing="LL-AUD-0002")

# ---- product-variant
S.room("product-variant", "فيه لون أسود؟", Product("LL-BAG-0006", judge="says black is in stock"), country="SA",
       showing="LL-BAG-0006")
S.desk("product-variant", "الشنطة مقاس 28 انش كم سعرها؟", Product("LL-BAG-0004", ["$159.99"]), country="AE")
S.room("product-variant", "متوفر بفيش بريطاني؟", Product("LL-KIT-0001", judge="says the UK plug is in stock"),
       country="AE", showing="LL-KIT-0001")

# ---- comparison
S.desk("comparison", "وش الفرق بين Mag 5000 و Mag 10000؟ كم السعة؟", Product("LL-PHA-0004", ["5000 mAh", "10000 mAh"],
                                                                           also=["LL-PHA-0005"]), country="SA")
S.room("comparison", "هذي ولا OpenFit 2؟ أيهم أخف؟", Product("LL-AUD-0006", ["29 g", "58 g"], also=["LL-AUD-0007"]),
       country="AE", showing="LL-AUD-0006")

# ---- faq-casual
S.desk("faq-casual", "كيف أتتبع شحنتي؟", Faq("tracking", ["2-3 days"]), country="SA")
S.room("faq-casual", "المنتجات أصلية ولا تقليد؟", Faq("authenticity", judge="says genuine own brands"), country="SA")
S.desk("faq-casual", "الطلب وصلني مكسور، وش أسوي؟", Faq("damaged-item", ["7 days"]), country="AE")
S.desk("faq-casual", "تسوون تغليف هدايا؟", Faq("gift-wrap", ["$2.99"]), country="KW")
S.room("faq-casual", "متى تشحنون بعد الطلب؟", Faq("processing-time", ["1-2 days"]), country="SA")

# ---- two-in-one
S.room("two-in-one", "كم يوم التوصيل للسعودية وهل فيه دفع عند الاستلام؟",
       Both(Ship("days", to="SA"), PayNamed("cod", country="SA")), country="SA")
S.desk("two-in-one", "كم الشحن لأبوظبي وكم يوم عندي للإرجاع؟",
       Both(Ship("price", to="AE"), Returns("window", country="AE")), country="AE")
S.room("two-in-one", "بكم هذي وكم وزنها؟", Product("LL-OUT-0005", ["$79.99", "1.1 kg"]), country="SA",
       showing="LL-OUT-0005")

# ---- chatter
S.room("chatter", "هههههههه", Chatter(), country="SA")
S.room("chatter", [("كم الشحن للكويت؟", Ship("price", to="KW")), ("تمام شكرا", Chatter())], country="KW")
S.desk("chatter", [("كم مدة الإرجاع؟", Returns("window")), ("اوكي مشكور", Chatter())], country="SA")
S.room("chatter", [("host", "يا هلا والله بالجميع! خلونا نشوف المنتج الجاي", Chatter()),
                   ("ما شاء الله حلو 😍", Chatter())], country="SA", showing="LL-BAG-0006")
S.room("chatter", "السلام عليكم ورحمة الله", Chatter(), country="AE")

# ---- handoff
S.desk("handoff", "طلبي رقم 81934 ما وصل لين الحين", Human("order_status"), country="SA")
S.room("handoff", "يتوصل مع بلايستيشن؟", Product("LL-AUD-0012", missing=True), country="SA", showing="LL-AUD-0012")
S.desk("handoff", "ابي اكلم موظف خدمة العملاء", Human("handoff"), country="AE")

# ---- cross-country-room
S.crowd("كم سعر الشحن؟", ["SA", "AE", "KW", "EG", "US", "GB"],
        lambda c, all_: (NoShip(c, others=[o for o in all_ if o != c]) if c == "EG"
                         else Ship("price", others=all_, room_names=True)),
        showing="LL-BTY-0003")
S.crowd("وش طرق الدفع؟", ["SA", "AE", "KW", "QA", "GB"], lambda c, all_: Pay())
