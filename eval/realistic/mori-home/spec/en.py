# mori-home set, English. Written by the outsider stream: how viewers and desk customers of a home-textiles and
# tea-ware live shop type, in the US, Canada, UK (no shipping), Australia, NZ, Ireland, Singapore, the Philippines.
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "how long does it take to get to me?? 🙏", Ship("days"), country="US")
S.room("shipping", "shipping to canada how much", Ship("price", to="CA"), country="CA")
S.desk("shipping", "Hi there, what's the delivery cost to Australia and how long?", Ship("both", to="AU"))
S.room("shipping", "free shipping over how much?", Ship("free"), country="US")
S.room("shipping", "is there express to the states? need it before xmas", Ship("express", to="US"), country="US")
S.desk("shipping", "do u ship to ireland", Ship("both", to="IE"))
# cities, no country
S.room("shipping-city", "ship to Toronto? how many days", Ship("days", to="CA"), country="US")
S.desk("shipping-city", "How much is shipping to Auckland?", Ship("price", to="NZ"))
S.room("shipping-city", "deliver to Manila? 😍", Ship("both", to="PH"), country="PH")
S.desk("shipping-city", "i'm in Houston TX, how long for delivery", Ship("days", to="US"))
# a country the store does not ship to
S.room("handoff", "do you ship to London? 🇬🇧", NoShip("GB", others=["IE", "US"]), country="GB")
# no country
S.desk("no-country", "what payment methods do you accept", PayAnywhere())
S.desk("no-country", "what's your return policy?", ReturnsAnywhere())
S.desk("no-country", "can i pay with GCash?", PayNamed("gcash", anywhere=True))
# customs
S.room("customs", "will i get hit with customs fees in canada?", Customs(to="CA", facts=["GST"]), country="CA")
S.desk("customs", "Do I pay any import duties to the US or is it all included?", Customs(to="US"))
# returns
S.room("returns", "how many days to return if it doesnt fit", Returns("window"), country="US")
S.desk("returns", "If I return the sheets who pays return shipping, and how long till refund?",
       Returns("cost+refund", country="CA"), country="CA", declare=True)
S.room("returns-product", "can i return the longjing tea if i opened it and dont like it", ReturnProduct("MH-TEA-01"),
       country="AU")
S.room("returns-product", "if the pjs don't fit can i send them back?", ReturnProduct("MH-SLP-01"), country="US",
       showing="MH-SLP-01")
# payment
S.room("payment", "how can i pay from manila", Pay(), country="PH")
S.desk("payment", "What payment options do you have for Australia?", Pay(country="AU"))
S.room("payment-named-method", "do you take afterpay?", PayNamed("afterpay"), country="AU")
S.room("payment-named-method", "klarna available?", PayNamed("klarna"), country="US")
S.room("payment-named-method", "can I pay with venmo", PayUnknown("Venmo"), country="US")
S.desk("payment-named-method", "Do you accept Apple Pay in Canada?", PayNamed("apple-pay", country="CA"))
# products
S.room("product-attribute", "what's the thread count on these?", Product("MH-BED-03", facts=["400"]), country="US",
       showing="MH-BED-03")
S.room("product-attribute", "how big is the mug, how many ml", Product("MH-CER-01", facts=["350 ml"]), country="AU",
       showing="MH-CER-01")
S.desk("product-attribute", "how long does the hinoki candle burn for?", Product("MH-CND-01", facts=["45 h"]))
S.room("product-yes-no", "is the mug microwave safe?", Product("MH-CER-01", yes=True), country="US",
       showing="MH-CER-01")
S.room("product-yes-no", "can these plates go in the microwave", Product("MH-CER-02", yes=False,
       judge="they are not microwave safe (gold rim)"), country="CA", showing="MH-CER-02")
S.room("product-yes-no", "can i put the teapot on my induction stove?", Product("MH-CER-04", yes=False),
       country="US", showing="MH-CER-04")
S.room("product-variant", "how much is the king size?", Product("MH-BED-01", facts=["€95"]), country="US",
       showing="MH-BED-01")
S.room("product-variant", "do u have the pillowcase in charcoal", Product("MH-BED-02", judge="says charcoal is out of stock"),
       country="AU", showing="MH-BED-02")
S.room("product-variant", "price for the XL in black? 🖤", Product("MH-SLP-01", facts=["€125"]), country="US",
       showing="MH-SLP-01")
S.desk("comparison", "what's the difference between the Kumo linen duvet cover and the Sora bamboo sheet set?",
       Product("MH-BED-01", also=["MH-BED-03"], judge="compares linen with bamboo lyocell"))
# faq
S.room("faq-casual", "is the silk real or polyester lol", Faq("real-silk", facts=["6A"]), country="US")
S.desk("faq-casual", "my mug came smashed 😭 what do i do", Faq("broken", facts=["48 hours"]))
S.room("faq-casual", "can u gift wrap it? its for my mom", Faq("gift-wrap", facts=["€3.50"]), country="CA")
S.desk("faq-casual", "does the linen shrink in the wash?", Faq("linen-shrink", facts=["3-4%"]))
# two in one
S.room("two-in-one", "how much to ship to Sydney and can I pay with afterpay?",
       Both(Ship("price", to="AU"), PayNamed("afterpay")), country="AU")
S.desk("two-in-one", "shipping time to the US and return window?", Both(Ship("days", to="US"), Returns("window", country="US")))
# chatter
S.room("chatter", "omg that color is gorgeous 😍😍", Chatter(), country="US")
S.room("chatter", [("host", "ok guys next up the silk pillowcases!", Chatter()), ("lol love it", Chatter())], country="CA")
S.desk("chatter", [("how long to ship to canada?", Ship("days", to="CA")), ("ok cool thanks!", Chatter())])
# handoff
S.desk("handoff", "where is my order #MH20931? it's been 3 weeks", Human("order_status"))
S.room("handoff", "can I speak to a real person pls", Human(), country="US")
S.desk("handoff", "will the duvet cover fit an IKEA duvet?", Product("MH-BED-01", missing=True))
# rooms of several countries
S.crowd("shipping price?", ["US", "CA", "AU", "PH", "SG"], lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch: more wordings per need, mixed languages, "this one", prices of variants, handoffs
S.room("shipping", "magkano shipping to manila po? ilang days?", Ship("both", to="PH"), country="PH")
S.room("shipping", "shippin 2 aus?? 🇦🇺", Ship("both", to="AU"), country="AU")
S.desk("shipping", "Do you deliver to Singapore, and is there free shipping?", Ship("free", to="SG"))
S.room("shipping-city", "how long to Perth", Ship("days", to="AU"), country="AU")
S.room("shipping-city", "shipping to Cebu how much po", Ship("price", to="PH"), country="PH")
S.room("product-variant", "how much is this one?", Product("MH-CER-01", facts=["€16"]), country="US", showing="MH-CER-01")
S.room("product-variant", "queen size price?", Product("MH-BED-03", facts=["€89"]), country="CA", showing="MH-BED-03")
S.room("product-variant", "is the tenmoku brown mug in stock", Product("MH-CER-01", judge="says tenmoku brown is out of stock"),
       country="US")
S.room("product-attribute", "what's the towel made of", Product("MH-TWL-01", facts=["cotton"]), country="SG",
       showing="MH-TWL-01")
S.room("product-attribute", "what size is the furoshiki", Product("MH-BAG-01", facts=["100x100 cm"]), country="US")
S.room("comparison", "which is cheaper, the waffle towel or the turkish towel set?",
       Product("MH-TWL-01", facts=["€19", "€45"], also=["MH-TWL-02"]), country="US")
S.room("product-yes-no", "is the diffuser alcohol free?", Product("MH-CND-02", yes=True), country="AU", showing="MH-CND-02")
S.room("faq-casual", "when do u guys ship out my order", Faq("dispatch", facts=["2"]), country="US")
S.room("faq-casual", "can i cancel?? ordered the wrong size 😩", Faq("cancel", facts=["12"]), country="CA")
S.room("two-in-one", "do u ship to NZ and how long is the return window", Both(Ship("both", to="NZ"),
       Returns("window", country="NZ")), country="NZ")
S.desk("handoff", "tracking says delivered but nothing at my door, order MH51907", Human("order_status"))
S.desk("handoff", "can I change the delivery address on my order from yesterday?", Human())
S.room("payment-named-method", "gcash pwede?", PayNamed("gcash"), country="PH")
S.crowd(["how long does shipping take?", "how long to get here", "shipping time?", "how many days?", "delivery time pls"],
        ["US", "CA", "PH", "AU", "IE"], lambda c, cs: Ship("days", others=cs, room_names=True))
