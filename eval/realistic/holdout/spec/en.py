# English: US, UK, Canada, Australia, NZ, Ireland, Singapore, the Philippines, India; Taglish and Singlish included.
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "how much is shipping??", Ship("price"), country="US", showing="LL-AUD-0004")
S.desk("shipping", "hi, how long does delivery usually take to the UK?", Ship("days", to="GB"))
S.room("shipping", "shipping cost to aus pls 🙏", Ship("price", to="AU"), country="AU")
S.desk("shipping", "do u guys have free shipping? whats the minimum", Ship("free"), country="US")
S.room("shipping", "how fast is express? need it before my bday lol", Ship("express"), country="CA")
S.desk("shipping", "whats the cheapest shipping option to the philippines and how long", Ship("both", to="PH"))

# ---- shipping-city
S.room("shipping-city", "how long to Toronto", Ship("days", to="CA"), country="CA")
S.desk("shipping-city", "shipping to munich??", Ship("both", to="DE"))
S.room("shipping-city", "do you ship to Manila? magkano shipping?", Ship("price", to="PH"), country="PH")
S.desk("shipping-city", "how many days to get to Auckland?", Ship("days", to="NZ"))
S.room("shipping-city", "I'm in Dublin, what's delivery like, price + time?", Ship("both", to="IE"), country="IE")
S.desk("shipping-city", "ordering for my mom in Austin TX, how much is standard shipping", Ship("price", to="US"),
       country="GB")
S.room("shipping-city", "shipping to singapore how many days ah", Ship("days", to="SG"), country="SG")

# ---- no-country
S.desk("no-country", "which ways can I pay?", PayAnywhere())
S.desk("no-country", "how many days do I have to send it back?", ReturnsAnywhere())
S.room("no-country", "do u take credit cards", PayAnywhere())
S.desk("no-country", "can I pay with GCash?", PayNamed("gcash", anywhere=True))
S.desk("no-country", "whats ur return policy", ReturnsAnywhere())

# ---- customs
S.desk("customs", "will I get hit with customs fees when it arrives?", Customs(), country="US")
S.room("customs", "do I pay duties in Canada on top? GST??", Customs(facts=["GST"]), country="CA")
S.desk("customs", "is VAT included for UK orders or do I pay Royal Mail extra", Customs(to="GB"), country="GB")
S.room("customs", "any import tax to switzerland?", Customs(to="CH"), country="CH")

# ---- returns
S.desk("returns", "how long do I have to return something?", Returns("window"), country="US")
S.room("returns", "if it doesn't fit can I send it back free?", Returns("window+cost"), country="GB")
S.desk("returns", "when do I get my refund after you get the return", Returns("refund"), country="AU")
S.room("returns", "return window for Singapore?", Returns("window", country="SG"), country="SG")

# ---- returns-product
S.room("returns-product", "if I open the ipl thing and it doesn't work for me can I return it",
       ReturnProduct("LL-BTY-0007"), country="US", showing="LL-BTY-0007")
S.desk("returns-product", "can I return the gooseneck kettle if I change my mind? haven't used it",
       ReturnProduct("LL-KIT-0001"), country="CA")
S.room("returns-product", "used the toothbrush once, not for me. can I return it?", ReturnProduct("LL-BTY-0008"),
       country="AU", showing="LL-BTY-0008")

# ---- payment
S.desk("payment", "what payment methods do you accept?", Pay(), country="US")
S.room("payment", "how can I pay from Aus? afterpay?", Pay(), country="AU")
S.room("payment", "payment options for Malaysia pls", Pay(country="MY"), country="MY")

# ---- payment-named-method
S.room("payment-named-method", "can i use paypal", PayNamed("paypal"), country="US")
S.desk("payment-named-method", "do you take klarna? wanna split it", PayNamed("klarna"), country="GB")
S.room("payment-named-method", "pwede COD? cash on delivery po", PayNamed("cod"), country="PH")
S.desk("payment-named-method", "can I pay with Venmo?", PayUnknown("Venmo"), country="US")

# ---- product-attribute
S.room("product-attribute", "battery life on these?", Product("LL-AUD-0004", ["9 h", "36 h"]), country="US",
       showing="LL-AUD-0004")
S.room("product-attribute", "how loud does it get? how many watts", Product("LL-AUD-0012", ["20 W"]), country="GB",
       showing="LL-AUD-0012")
S.desk("product-attribute", "whats the suction power on the sweep s5 robot vac", Product("LL-SMH-0010", ["4000 Pa"]),
       country="US")
S.room("product-attribute", "how big is the blade on that knife", Product("LL-KIT-0006", ["20 cm"]), country="AU",
       showing="LL-KIT-0006")
S.desk("product-attribute", "how heavy is the aero 2 tent? backpacking with it", Product("LL-OUT-0003", ["1.6 kg"]),
       country="NZ")

# ---- product-yes-no
S.room("product-yes-no", "is it waterproof?", Product("LL-AUD-0001", ["IPX4"], yes=False,
                                                       judge="splash-resistant only"), country="US",
       showing="LL-AUD-0001")
S.room("product-yes-no", "does it work with alexa?", Product("LL-SMH-0001", ["Alexa"], yes=True), country="US",
       showing="LL-SMH-0001")
S.desk("product-yes-no", "does the air purifier have a hepa filter", Product("LL-SMH-0015", ["HEPA"], yes=True),
       country="CA")
S.room("product-yes-no", "can u take it on a plane in carry on?", Product("LL-PHA-0007", ["74 Wh"], yes=True),
       country="SG", showing="LL-PHA-0007")

# ---- product-variant
S.room("product-variant", "does the pink one come in XL", Product("LL-APP-0015", judge="says pink XL is available"),
       country="US", showing="LL-APP-0015")
S.desk("product-variant", "how much is the 28 inch glide suitcase", Product("LL-BAG-0004", ["$159.99"]), country="GB")
S.room("product-variant", "is there one for iphone 15?", Product("LL-PHA-0008", ["iPhone 15"], yes=True),
       country="US", showing="LL-PHA-0008")

# ---- comparison
S.desk("comparison", "Sonaro Air S2 vs Air Pro 3 - which one has better noise cancelling and how much more?",
       Product("LL-AUD-0003", ["$49.99", "$79.99"], also=["LL-AUD-0004"]), country="US")
S.room("comparison", "nano 65 vs nano 100 whats the difference", Product("LL-PHA-0002", ["65 W", "100 W"],
                                                                        also=["LL-PHA-0003"]),
       country="GB", showing="LL-PHA-0002")

# ---- faq-casual
S.desk("faq-casual", "r these legit or fakes", Faq("authenticity", judge="says yes, genuine own brands"), country="US")
S.room("faq-casual", "how soon do u ship after I order", Faq("processing-time", ["1-2 days"]), country="US")
S.desk("faq-casual", "parcel's been stuck for weeks, it's lost I think. what now", Faq("lost-parcel", ["10"]),
       country="GB")
S.desk("faq-casual", "do u do bulk orders? need like 80 for my team", Faq("wholesale", ["50"]), country="AU")
S.room("faq-casual", "can I use 2 promo codes", Faq("promo-codes", judge="says one code per order"), country="US")

# ---- two-in-one
S.room("two-in-one", "how long to Riyadh and can I pay cash on delivery?",
       Both(Ship("days", to="SA"), PayNamed("cod", country="SA")), country="SA")
S.desk("two-in-one", "whats shipping to canada and do I pay duties on delivery",
       Both(Ship("price", to="CA"), Customs(to="CA")), country="CA")
S.room("two-in-one", "how much is it and is it in stock in black",
       Product("LL-AUD-0008", ["$89.99"], judge="also says black is in stock"), country="US", showing="LL-AUD-0008")

# ---- chatter
S.room("chatter", "lmaooo 😂😂", Chatter(), country="US")
S.room("chatter", [("how much is shipping to the UK", Ship("price", to="GB")), ("ok ty", Chatter())], country="GB")
S.desk("chatter", [("how long is the return window", Returns("window")), ("ok thanks!", Chatter())], country="US")
S.room("chatter", [("host", "Hey everyone, welcome back to the stream! 👋", Chatter()),
                   ("haha love this stream", Chatter())], country="US")
S.room("chatter", "these are so cute omg", Chatter(), country="CA", showing="LL-AUD-0017")

# ---- handoff
S.desk("handoff", "I want to talk to a real person please", Human("handoff"), country="US")
S.room("handoff", "what codec does it support, aptX?", Product("LL-AUD-0009", missing=True),
       country="US", showing="LL-AUD-0009")
S.desk("handoff", "order #55120 says delivered but nothing's here", Human("order_status"), country="US")

# ---- cross-country-room
S.crowd("how much is shipping?", ["US", "GB", "CA", "AU", "SG", "PH"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-AUD-0003")
S.crowd("how long is delivery", ["US", "IE", "NZ", "CH", "JP"],
        lambda c, all_: Ship("days", others=all_, room_names=True))
