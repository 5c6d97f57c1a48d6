# cloudpeach set, English. Written by the outsider2 stream: how viewers and desk customers of a Guangzhou beauty
# live shop type in English: the US, Canada, the Philippines (Taglish), Singapore, Malaysia, expats in the Gulf, and
# Eastern Europeans writing in English; the UK, Australia and India are not shipped to.
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "how long til it gets to me? 🥺", Ship("days"), country="US")
S.room("shipping", "shipping cost to canada??", Ship("price", to="CA"), country="CA")
S.desk("shipping", "Hi! Do you ship to Singapore and how much is it?", Ship("both", to="SG"))
S.room("shipping", "free shipping if i spend how much po?", Ship("free"), country="PH")
S.room("shipping", "need it by friday, is there express shipping", Ship("express"), country="US")
S.desk("shipping", "whats the delivery time to poland", Ship("days", to="PL"))
S.room("shipping", "do u deliver to ukraine? price?", Ship("both", to="UA"), country="UA")
S.room("shipping", "express to canada possible? how much", Ship("express", to="CA"), country="CA")
# cities
S.room("shipping-city", "shipping to Houston how many days", Ship("days", to="US"), country="US")
S.desk("shipping-city", "I'm in Dubai, how much for delivery?", Ship("price", to="AE"))
S.room("shipping-city", "cebu delivery how long?", Ship("days", to="PH"), country="PH")
S.desk("shipping-city", "ship to Kuala Lumpur? cost + time pls", Ship("both", to="MY"))
S.room("shipping-city", "can u ship to Bucharest 🇷🇴", Ship("both", to="RO"), country="RO")
S.desk("shipping-city", "Toronto delivery, how long does it take?", Ship("days", to="CA"))
# places the store does not ship to
S.room("handoff", "do you ship to the UK? i'm in Manchester", NoShip("GB", others=["IE", "US"]), country="GB")
S.desk("handoff", "ship to sydney?", NoShip("AU", others=["US", "SG"]))
# no country
S.desk("no-country", "what payment methods do u accept", PayAnywhere())
S.desk("no-country", "return policy?", ReturnsAnywhere())
S.desk("no-country", "can I pay with GCash", PayNamed("gcash", anywhere=True))
# customs
S.room("customs", "will i have to pay duties in canada when it arrives?", Customs(to="CA", facts=["GST"]), country="CA")
S.desk("customs", "Any import fees to the US with all the new tariffs?", Customs(to="US"))
S.desk("customs", "Ordering to Seoul, do I need anything for customs?", Customs(to="KR", facts=["PCCC"]))
S.room("customs", "do i pay customs in cairo", Customs(to="EG", facts=["14%"]), country="EG")
# returns
S.room("returns", "how long do i have to return stuff", Returns("window"), country="US")
S.desk("returns", "If I send something back do I pay the shipping? and how fast is the refund",
       Returns("cost+refund", country="CA"), country="CA", declare=True)
S.room("returns", "return policy for singapore?", Returns("window", country="SG"), country="SG")
S.room("returns", "can i return if i change my mind", Returns("window"), country="AE")
S.room("returns-product", "if i dont like the smell can i return the perfume", ReturnProduct("CP-FRG-01"),
       country="US", showing="CP-FRG-01")
S.room("returns-product", "can i return the sunscreen if it breaks me out", ReturnProduct("CP-SKN-03"), country="US",
       showing="CP-SKN-03")
S.desk("returns-product", "I opened the lip tint and the color is wrong, can I return it?",
       ReturnProduct("CP-MKP-01", country="PH"), country="PH", declare=True)
S.room("returns-product", "can i return the cleansing brush if it doesnt work for me", ReturnProduct("CP-DEV-01"),
       country="SA", showing="CP-DEV-01")
# payment
S.room("payment", "how can i pay? no credit card huhu", Pay(), country="PH")
S.desk("payment", "What payment options do you have for Malaysia?", Pay(country="MY"))
S.room("payment", "what payment do u take", Pay(), country="SG")
S.room("payment-named-method", "do u take afterpay?", PayNamed("afterpay"), country="US")
S.room("payment-named-method", "klarna?", PayNamed("klarna"), country="CA")
S.room("payment-named-method", "can i pay with venmo", PayUnknown("Venmo"), country="US")
S.desk("payment-named-method", "Is cash on delivery available in the Philippines?", PayNamed("cod", country="PH"))
S.room("payment-named-method", "tabby available in dubai?", PayNamed("tabby", country="AE"), country="AE")
# products
S.room("product-attribute", "how long does the battery last on this", Product("CP-DEV-01", facts=["150 minutes"]),
       country="US", showing="CP-DEV-01")
S.room("product-attribute", "how many ml is it", Product("CP-SKN-03", facts=["50 ml"]), country="SG",
       showing="CP-SKN-03")
S.desk("product-attribute", "what's the mAh on the cordless curler?", Product("CP-DEV-06", facts=["5000 mAh"]))
S.room("product-attribute", "how big is the mirror? inches?", Product("CP-DEV-04", facts=["8 inch"]), country="CA",
       showing="CP-DEV-04")
S.room("product-attribute", "how long does the scent last 👃", Product("CP-FRG-01", facts=["8-10 hours"]),
       country="AE", showing="CP-FRG-01")
S.room("product-attribute", "whats the max temp on this flat iron", Product("CP-DEV-05", facts=["200 °C"]),
       country="US", showing="CP-DEV-05")
S.room("product-yes-no", "is it fragrance free? sensitive skin here", Product("CP-SKN-01", yes=True), country="US",
       showing="CP-SKN-01")
S.room("product-yes-no", "is this vegan?", Product("CP-SKN-04", yes=False, judge="it contains snail mucin"),
       country="CA", showing="CP-SKN-04")
S.room("product-yes-no", "will it work in europe 220v?", Product("CP-DEV-05", yes=True, facts=["100-240 V"]),
       country="US", showing="CP-DEV-05")
S.room("product-yes-no", "is the mascara waterproof tho", Product("CP-MKP-03", yes=True), country="PH",
       showing="CP-MKP-03")
S.desk("product-yes-no", "Is the Oud & Rose perfume alcohol free?", Product("CP-FRG-01", yes=False))
S.room("product-yes-no", "can i use this while pregnant?", Product("CP-SKN-06", yes=False), country="US",
       showing="CP-SKN-06")
S.desk("product-yes-no", "will the mirror case fit my samsung s24?", Product("CP-ACC-01", yes=False,
       judge="it is for iPhone only"))
S.room("product-variant", "is brick rose in stock??", Product("CP-MKP-01", judge="says 02 Brick Rose is out of stock"),
       country="US", showing="CP-MKP-01")
S.room("product-variant", "price for the 16 pro one?", Product("CP-ACC-01", facts=["$14.90"]), country="CA",
       showing="CP-ACC-01")
S.room("product-variant", "how much is the 100ml", Product("CP-FRG-01", facts=["$59.00"]), country="AE",
       showing="CP-FRG-01")
S.desk("product-variant", "do you have the cushion in 35 mocha?",
       Product("CP-MKP-02", judge="says 35 Mocha is out of stock but can still be ordered"))
S.desk("comparison", "whats the difference between the vitamin c serum and the retinal serum",
       Product("CP-SKN-02", also=["CP-SKN-06"], judge="compares 15% vitamin C with 0.05% retinal"))
S.room("comparison", "which one has the bigger battery, the mirror or the curler",
       Product("CP-DEV-04", also=["CP-DEV-06"], facts=["2000 mAh", "5000 mAh"]), country="US",
       showing="CP-DEV-04")
# faq
S.room("faq-casual", "is this legit or fake lol", Faq("authentic", facts=["ISO 22716"]), country="US")
S.desk("faq-casual", "my toner bottle leaked all over the box 😭", Faq("damaged", facts=["72 hours"]))
S.room("faq-casual", "when will u ship my order po", Faq("dispatch", facts=["1-3 days"]), country="PH")
S.room("faq-casual", "any freebies with orders? 👀", Faq("samples", facts=["$30"]), country="SG")
S.desk("faq-casual", "do you guys test on animals", Faq("cruelty-free", judge="says no, never tested on animals"))
S.desk("faq-casual", "first order discount code?", Faq("first-order", facts=["PEACHNEW"]))
# two in one
S.room("two-in-one", "how much is shipping and can i pay with afterpay",
       Both(Ship("price"), PayNamed("afterpay")), country="US")
S.desk("two-in-one", "shipping time to Manila and do you do COD?",
       Both(Ship("days", to="PH"), PayNamed("cod", country="PH")))
S.room("two-in-one", "how long to toronto and whats the return window",
       Both(Ship("days", to="CA"), Returns("window", country="CA")), country="CA")
# chatter
S.room("chatter", "omg the packaging is so cute 😍", Chatter(), country="US")
S.room("chatter", [("host", "ok besties next up the cushion!", Chatter()), ("yesss", Chatter())], country="CA")
S.desk("chatter", [("shipping to the US how long", Ship("days", to="US")), ("ok perfect ty", Chatter())])
S.room("chatter", "lmaooo 😂😂", Chatter(), country="PH")
# handoff
S.desk("handoff", "where's my package?? order CP88213 no tracking for 10 days", Human("order_status"))
S.room("handoff", "can i talk to a real person", Human(), country="US")
S.desk("handoff", "does the curler come with a travel pouch?", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("shipping price?", ["US", "CA", "PH", "SG", "PL"], lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("how long for delivery", ["US", "CA", "RO", "UA", "AE"],
        lambda c, cs: Ship("days", others=cs, room_names=True))
