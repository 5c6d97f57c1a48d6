# cloudpeach set, Arabic. Written by the outsider2 stream: Saudi Arabia, the Emirates, Kuwait, Qatar, Bahrain, Oman,
# Jordan and Egypt: Gulf and Egyptian dialect (كم، بكم، ابي، عايزة، ايش، وش), English words in Arabic text, no
# hamza or taa marbuta, cities (الرياض، جدة، دبي، القاهرة، عمّان), halal and alcohol questions, cash on delivery.
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "كم يوم يوصل الطلب للسعودية؟", Ship("days"), country="SA")
S.room("shipping", "بكم الشحن للامارات", Ship("price", to="AE"), country="AE")
S.desk("shipping", "السلام عليكم، هل تشحنون للكويت؟ كم السعر والمدة؟", Ship("both", to="KW"))
S.room("shipping", "الشحن مجاني فوق كم؟", Ship("free"), country="SA")
S.room("shipping", "عندكم شحن سريع؟ ابيه ضروري قبل العيد", Ship("express"), country="SA")
S.room("shipping", "الشحن لمصر بكام؟", Ship("price", to="EG"), country="EG")
S.room("shipping", "فيه شحن سريع لمصر؟", NoExpress(to="EG"), country="EG")
S.desk("shipping", "كم تاخذ مدة التوصيل الى قطر", Ship("days", to="QA"))
# cities
S.room("shipping-city", "توصلون الرياض؟ كم يوم", Ship("days", to="SA"), country="SA")
S.desk("shipping-city", "انا في دبي كم سعر الشحن؟", Ship("price", to="AE"))
S.room("shipping-city", "الشحن لجدة بكم 🙏", Ship("price", to="SA"), country="SA")
S.room("shipping-city", "عايزة اطلب للقاهرة بيوصل امتى؟", Ship("days", to="EG"), country="EG")
S.desk("shipping-city", "هل يوجد توصيل إلى عمّان؟ وكم التكلفة؟", Ship("both", to="JO"))
S.room("shipping-city", "مسقط كم يوم توصل؟", Ship("days", to="OM"), country="OM")
# places the store does not ship to
S.room("handoff", "تشحنون للمغرب؟ انا من الدار البيضاء", NoShip("MA", others=["EG", "SA"]), country="MA")
S.desk("handoff", "هل تشحنون إلى العراق؟", NoShip("IQ", others=["JO", "SA"]))
# no country
S.desk("no-country", "ايش طرق الدفع عندكم؟", PayAnywhere())
S.desk("no-country", "ما هي سياسة الاسترجاع؟", ReturnsAnywhere())
S.desk("no-country", "تقبلون KNET؟", PayNamed("knet", anywhere=True))
# customs
S.room("customs", "فيه جمارك او ضريبة اضافية عند الاستلام؟", Customs(), country="SA")
S.room("customs", "هدفع جمارك في مصر؟", Customs(facts=["14%"]), country="EG")
S.desk("customs", "هل الضريبة مشمولة في السعر للإمارات؟", Customs(to="AE"))
# returns
S.room("returns", "اقدر ارجع المنتج اذا ما عجبني؟", Returns("window"), country="SA")
S.desk("returns", "إذا رجعت الطلب مين يدفع الشحن؟ وكم يوم يرجع المبلغ؟", Returns("cost+refund", country="KW"),
       country="KW", declare=True)
S.room("returns", "سياسة الارجاع في مصر كام يوم؟", Returns("window"), country="EG")
S.room("returns-product", "العطر لو ما عجبني ريحته اقدر ارجعه؟", ReturnProduct("CP-FRG-01"), country="SA",
       showing="CP-FRG-01")
S.room("returns-product", "المراية لو وصلت وما عجبتني ينفع ارجعها؟", ReturnProduct("CP-DEV-04"), country="AE",
       showing="CP-DEV-04")
S.desk("returns-product", "فتحت الكريم وما ناسب بشرتي، ممكن ارجاعه؟", ReturnProduct("CP-SKN-05", country="QA"),
       country="QA", declare=True)
S.room("returns-product", "الروج لو فتحته اقدر ارجعه؟", ReturnProduct("CP-MKP-01"), country="EG",
       showing="CP-MKP-01")
# payment
S.room("payment", "كيف ادفع؟ ما عندي فيزا", Pay(), country="SA")
S.desk("payment", "وش طرق الدفع المتاحة في الكويت؟", Pay(country="KW"))
S.room("payment", "طرق الدفع في البحرين؟", Pay(), country="BH")
S.room("payment-named-method", "تقبلون مدى؟", PayNamed("mada"), country="SA")
S.room("payment-named-method", "فيه تابي؟ ابي اقسط", PayNamed("tabby"), country="AE")
S.room("payment-named-method", "الدفع عند الاستلام متاح في مصر؟", PayNamed("cod"), country="EG")
S.room("payment-named-method", "اقدر ادفع بتمارا؟", PayUnknown("Tamara"), country="SA")
S.desk("payment-named-method", "هل تقبلون Apple Pay في عمان؟", PayNamed("apple-pay", country="OM"))
# products
S.room("product-attribute", "كم مل العطر هذا؟", Product("CP-FRG-02", facts=["12 ml"]), country="SA",
       showing="CP-FRG-02")
S.room("product-attribute", "كم ساعة يثبت؟", Product("CP-FRG-01", facts=["8-10 hours"]), country="KW",
       showing="CP-FRG-01")
S.room("product-attribute", "كم حجم المراية بالانش؟", Product("CP-DEV-04", facts=["8 inch"]), country="AE",
       showing="CP-DEV-04")
S.desk("product-attribute", "ما هي مكونات العطر عود وورد؟", Product("CP-FRG-01", facts=["زعفران"]))
S.room("product-attribute", "البطارية كم mAh؟", Product("CP-DEV-06", facts=["5000 mAh"]), country="SA",
       showing="CP-DEV-06")
S.room("product-yes-no", "هذا حلال؟", Product("CP-SKN-02", yes=True), country="SA", showing="CP-SKN-02")
S.room("product-yes-no", "فيه كحول؟", Product("CP-FRG-02", yes=False, judge="it is alcohol-free"), country="SA",
       showing="CP-FRG-02")
S.room("product-yes-no", "العطر فيه كحول؟", Product("CP-FRG-01", yes=True,
       judge="it is not alcohol-free"), country="AE", showing="CP-FRG-01")
S.room("product-yes-no", "يصلح للحامل؟", Product("CP-SKN-06", yes=False), country="KW", showing="CP-SKN-06")
S.desk("product-yes-no", "هل كريم السيراميد مناسب للبشرة الحساسة؟", Product("CP-SKN-05", yes=True))
S.room("product-variant", "بكم الحجم 100 مل؟", Product("CP-FRG-01", facts=["$59.00"]), country="SA",
       showing="CP-FRG-01")
S.room("product-variant", "فيه فيش بريطاني؟ عندنا في الامارات", Product("CP-DEV-05",
       judge="says the UK (Type G) plug version is out of stock"), country="AE", showing="CP-DEV-05")
S.room("product-variant", "اللون الابيض متوفر؟", Product("CP-DEV-04", judge="says white is in stock"),
       country="QA", showing="CP-DEV-04")
S.desk("product-variant", "كم سعر الكوشن درجة 31؟", Product("CP-MKP-02", facts=["$24.00"]))
S.room("comparison", "ايش الفرق بين العطر وزيت المسك؟",
       Product("CP-FRG-01", also=["CP-FRG-02"], judge="says the musk oil is alcohol-free and the eau de parfum is not"),
       country="SA", showing="CP-FRG-01")
S.desk("comparison", "أيهما أفضل للبشرة الجافة: كريم السيراميد أم تونر ماء الأرز؟",
       Product("CP-SKN-05", also=["CP-SKN-01"], judge="says the ceramide cream is for dry and sensitive skin"))
# faq
S.room("faq-casual", "المنتجات اصلية ولا تقليد؟", Faq("authentic", facts=["ISO 22716"]), country="SA")
S.desk("faq-casual", "وصلني العطر مكسور 😢", Faq("damaged", facts=["72 hours"]))
S.room("faq-casual", "منتجاتكم حلال؟", Faq("halal", judge="names the halal-certified products"), country="KW")
S.room("faq-casual", "الدفع عند الاستلام عليه رسوم؟", Faq("cod-fee", facts=["$2"]), country="SA")
S.room("faq-casual", "متى تشحنون الطلب؟ طلبت امس", Faq("dispatch", facts=["1-3 days"]), country="AE")
S.desk("faq-casual", "ممكن يوصل العطر بالشحن السريع؟", Faq("perfume-shipping",
       judge="says perfume ships by Standard only, not Express"))
# two in one
S.room("two-in-one", "كم الشحن للرياض وتقبلون مدى؟", Both(Ship("price", to="SA"), PayNamed("mada")), country="SA")
S.desk("two-in-one", "كم يوم التوصيل للكويت وهل فيه دفع عند الاستلام؟",
       Both(Ship("days", to="KW"), PayNamed("cod", country="KW")))
S.room("two-in-one", "بكم الشحن لدبي وكم يوم الاسترجاع؟", Both(Ship("price", to="AE"), Returns("window", country="AE")),
       country="AE")
# chatter
S.room("chatter", "ماشاءالله حلو مرة 😍", Chatter(), country="SA")
S.room("chatter", [("host", "يا بنات الحين نوريكم العطر الجديد!", Chatter()), ("يلا 🔥", Chatter())], country="KW")
S.desk("chatter", [("كم يوم للسعودية؟", Ship("days", to="SA")), ("تمام شكرا", Chatter())])
S.room("chatter", "هههههههه", Chatter(), country="EG")
# handoff
S.desk("handoff", "وين طلبي؟ رقم الطلب CP55102 صار له اسبوعين", Human("order_status"))
S.room("handoff", "ابي اكلم موظف", Human(), country="SA")
S.desk("handoff", "هل مجعد الشعر يأتي مع حقيبة سفر؟", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("بكم الشحن؟", ["SA", "AE", "KW", "EG", "JO"], lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("كم يوم يوصل؟", ["SA", "QA", "BH", "OM", "EG"], lambda c, cs: Ship("days", others=cs, room_names=True))
