# mori-home set, German: Germany, Austria, Switzerland (not shipped), Poland neighbours; Klarna, Denglisch, typos.
from dsl import *  # noqa: F401,F403

S.room("shipping", "was kostet der versand nach deutschland?", Ship("price", to="DE"), country="DE")
S.room("shipping", "wie lange dauert die lieferung? 🙏", Ship("days"), country="AT")
S.desk("shipping", "Hallo, liefert ihr nach Österreich? Was kostet das und wie lange dauert es?", Ship("both", to="AT"))
S.room("shipping", "ab wieviel euro ist versand kostenlos", Ship("free"), country="DE")
S.room("shipping", "gibts express versand?", Ship("express"), country="DE")
S.desk("shipping", "versand nach polen?", Ship("both", to="PL"))
S.room("shipping-city", "liefert ihr nach München? wie lange", Ship("days", to="DE"), country="DE")
S.desk("shipping-city", "Ich wohne in Wien, was kostet der Versand?", Ship("price", to="AT"))
S.room("shipping-city", "und nach Hamburg wie viele tage?", Ship("days", to="DE"), country="AT")
S.desk("shipping-city", "versand nach Graz bitte?", Ship("both", to="AT"))
S.room("handoff", "liefert ihr in die Schweiz? Zürich", NoShip("CH", others=["DE", "AT"]), country="CH")
S.desk("no-country", "welche zahlungsarten gibt es?", PayAnywhere())
S.desk("no-country", "wie lange hab ich rückgaberecht?", ReturnsAnywhere())
S.desk("no-country", "kann man mit BLIK zahlen?", PayNamed("blik", anywhere=True))
S.room("customs", "muss ich zoll zahlen?", Customs(facts=["IOSS"]), country="DE")
S.desk("customs", "Fallen bei Lieferung nach Österreich noch Einfuhrumsatzsteuer oder Zollgebühren an?", Customs(to="AT"))
S.room("returns", "kann ich es zurückschicken wenns nicht passt? wie lange", Returns("window"), country="DE")
S.desk("returns", "Ist die Rücksendung kostenlos und wann bekomme ich mein Geld zurück?", Returns("cost+refund", country="DE"),
       country="DE", declare=True)
S.room("returns", "wie schnell kommt die erstattung?", Returns("refund"), country="AT")
S.room("returns-product", "kann ich den tee zurückgeben wenn er schon offen ist?", ReturnProduct("MH-TEA-01"),
       country="DE", showing="MH-TEA-01")
S.room("returns-product", "die tuchmasken, kann ich die zurückgeben wenn ich eine benutzt hab?", ReturnProduct("MH-SKN-01"),
       country="DE", showing="MH-SKN-01")
S.room("returns-product", "die socken kann man zurückschicken oder?", ReturnProduct("MH-SCK-01"), country="AT",
       showing="MH-SCK-01")
S.room("payment", "wie kann ich bezahlen?", Pay(), country="DE")
S.desk("payment", "Welche Zahlungsmethoden gibt es für die Niederlande?", Pay(country="NL"))
S.room("payment-named-method", "geht klarna?", PayNamed("klarna"), country="DE")
S.room("payment-named-method", "kann ich per rechnung zahlen?", PayUnknown("Rechnung"), country="DE")
S.room("payment-named-method", "nehmt ihr paypal", PayNamed("paypal"), country="AT")
S.room("payment-named-method", "geht auch sofortüberweisung?", PayUnknown("Sofortüberweisung"), country="DE")
S.room("product-attribute", "aus welchem material ist der bezug?", Product("MH-BED-01", facts=["Leinen"]), country="DE",
       showing="MH-BED-01")
S.room("product-attribute", "wie schwer ist die teekanne?", Product("MH-CER-04", facts=["1.2 kg"]), country="AT",
       showing="MH-CER-04")
S.desk("product-attribute", "Wie groß ist das Hana Waffel Badetuch?", Product("MH-TWL-01", facts=["70x140 cm"]))
S.room("product-yes-no", "ist die tasse spülmaschinenfest?", Product("MH-CER-01", yes=True), country="DE",
       showing="MH-CER-01")
S.room("product-yes-no", "kann ich die kanne auf induktion stellen?", Product("MH-CER-04", yes=False), country="DE",
       showing="MH-CER-04")
S.room("product-yes-no", "ist das oeko tex zertifiziert?", Product("MH-BED-04", yes=True, facts=["OEKO-TEX"]),
       country="AT", showing="MH-BED-04")
S.room("product-variant", "was kostet king size?", Product("MH-BED-01", facts=["€95"]), country="DE", showing="MH-BED-01")
S.room("product-variant", "gibts den in salbei in doppel? 200x200", Product("MH-BED-01", judge="says Double sage is out of stock"),
       country="DE", showing="MH-BED-01")
S.room("product-variant", "die socken in 39-42 noch da?", Product("MH-SCK-01", judge="says EU 39-42 is in stock"),
       country="AT", showing="MH-SCK-01")
S.room("comparison", "was ist besser für heiße nächte, leinen bezug oder bambus laken?",
       Product("MH-BED-03", also=["MH-BED-01"], judge="mentions the bamboo set sleeps cool"), country="DE")
S.room("faq-casual", "läuft leinen beim waschen ein?", Faq("linen-shrink", facts=["3-4"]), country="DE")
S.desk("faq-casual", "meine tasse kam kaputt an 😡", Faq("broken", facts=["48"]))
S.room("faq-casual", "kann ich noch stornieren? hab mich vertan", Faq("cancel", facts=["12"]), country="DE")
S.room("faq-casual", "gibts stoffmuster?", Faq("swatches", facts=["€4"]), country="AT")
S.room("faq-casual", "wie verfolge ich mein paket", Faq("tracking", facts=["3"]), country="DE")
S.room("two-in-one", "was kostet versand nach berlin und geht klarna?", Both(Ship("price", to="DE"), PayNamed("klarna")),
       country="DE")
S.desk("two-in-one", "Lieferzeit nach Österreich und Rückgabefrist?", Both(Ship("days", to="AT"), Returns("window", country="AT")))
S.room("chatter", "haha mega schön 😍", Chatter(), country="DE")
S.room("chatter", [("host", "so leute jetzt kommen die handtücher", Chatter()), ("nice 👍", Chatter())], country="AT")
S.desk("chatter", [("versand nach deutschland wie lange?", Ship("days", to="DE")), ("alles klar danke", Chatter())])
S.desk("handoff", "wo bleibt meine bestellung MH30077? seit 3 wochen nix", Human("order_status"))
S.room("handoff", "kann ich mit einem menschen sprechen?", Human(), country="DE")
S.room("handoff", "passt der bezug auf eine 155x220 decke?", Product("MH-BED-01", missing=True), country="DE",
       showing="MH-BED-01")
S.crowd("was kostet der versand?", ["DE", "AT", "PL", "NL", "US"], lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch
S.room("shipping", "wie much kostet shipping nach germany lol", Ship("price", to="DE"), country="DE")
S.room("shipping", "versandkosten österreich??", Ship("price", to="AT"), country="AT")
S.desk("shipping", "Ab welchem Bestellwert ist der Versand nach Polen gratis?", Ship("free", to="PL"))
S.room("shipping-city", "nach Köln wie lange?", Ship("days", to="DE"), country="DE")
S.room("shipping-city", "versand nach Amsterdam möglich? kosten?", Ship("price", to="NL"), country="DE")
S.room("product-variant", "was kostet das hier?", Product("MH-CND-01", facts=["€26"]), country="DE", showing="MH-CND-01")
S.room("product-variant", "der läufer in 240 cm was kostet der", Product("MH-DEC-01", facts=["€34"]), country="DE")
S.room("product-variant", "gibts die kanne in rot?", Product("MH-CER-04", judge="says red is in stock"), country="AT",
       showing="MH-CER-04")
S.room("product-attribute", "wie viel passt in die tasse?", Product("MH-CER-01", facts=["350 ml"]), country="DE",
       showing="MH-CER-01")
S.room("comparison", "was ist teurer, longjing oder der weißtee?", Product("MH-TEA-01", facts=["€22", "€38"],
       also=["MH-TEA-02"]), country="DE")
S.room("product-yes-no", "sind die teller mikrowellengeeignet?", Product("MH-CER-02", yes=False), country="DE",
       showing="MH-CER-02")
S.room("faq-casual", "macht ihr auch geschenkverpackung?", Faq("gift-wrap", facts=["3,50"]), country="DE")
S.room("faq-casual", "ist das echte seide?", Faq("real-silk", facts=["100%"]), country="AT")
S.room("two-in-one", "versand nach amsterdam und geht ideal?", Both(Ship("price", to="NL"), PayNamed("ideal")), country="NL",
       lang="de")
S.desk("handoff", "Ich möchte meine Bestellung MH30512 an eine andere Adresse schicken lassen", Human())
S.room("payment-named-method", "kann ich mit apple pay zahlen?", PayNamed("apple-pay"), country="DE")
S.room("payment-named-method", "geht giropay?", PayUnknown("giropay"), country="DE")
S.crowd("wie lange dauert der versand?", ["DE", "AT", "PL", "NL", "US"], lambda c, cs: Ship("days", others=cs, room_names=True))
