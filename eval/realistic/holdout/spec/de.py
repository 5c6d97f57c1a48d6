# German: Germany, Austria, Switzerland, Liechtenstein; Denglisch and Swiss/Austrian wording.
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "was kostet der versand?", Ship("price"), country="DE", showing="LL-SMH-0010")
S.desk("shipping", "Hallo, wie lange dauert die Lieferung nach Deutschland?", Ship("days", to="DE"))
S.room("shipping", "ab wann ist der Versand gratis?", Ship("free"), country="AT")
S.desk("shipping", "wie schnell ist express und was kostet das?", Ship("express"), country="DE")
S.room("shipping", "liefert ihr auch in die Schweiz? Kosten?", Ship("price", to="CH"), country="CH")
S.desk("shipping", "Versandkosten und Lieferzeit nach Österreich bitte", Ship("both", to="AT"))

# ---- shipping-city
S.room("shipping-city", "wie lange nach München?", Ship("days", to="DE"), country="DE")
S.desk("shipping-city", "shipping nach Wien, wie teuer?", Ship("price", to="AT"))
S.room("shipping-city", "Lieferung nach Zürich, wie lang geht das?", Ship("days", to="CH"), country="CH")
S.desk("shipping-city", "ich wohn in Hamburg, was kostet der Versand", Ship("price", to="DE"))
S.room("shipping-city", "nach Vaduz liefert ihr? 🙂", Ship("both", to="LI"), country="LI")
S.desk("shipping-city", "Geschenk für meine Oma in Graz, wie lange dauert das?", Ship("days", to="AT"),
       country="DE")

# ---- no-country
S.desk("no-country", "welche Zahlungsarten gibt es?", PayAnywhere())
S.desk("no-country", "wie lange hab ich Rückgaberecht?", ReturnsAnywhere())
S.room("no-country", "kann man mit kreditkarte zahlen?", PayAnywhere())
S.desk("no-country", "geht auch iDEAL?", PayNamed("ideal", anywhere=True))

# ---- customs
S.desk("customs", "Zoll in der Schweiz, muss ich das zahlen?", Customs(to="CH"), country="CH")
S.room("customs", "kommen da noch Zollgebühren dazu?", Customs(), country="DE")
S.desk("customs", "ist die MwSt schon drin oder zahl ich beim Postboten?", Customs(), country="AT")
S.room("customs", "Einfuhrumsatzsteuer nach Liechtenstein, wer zahlt die?", Customs(to="LI"), country="LI")

# ---- returns
S.desk("returns", "wie lange kann ich zurückschicken?", Returns("window"), country="DE")
S.room("returns", "ist der Rückversand kostenlos?", Returns("cost"), country="DE")
S.desk("returns", "wann krieg ich mein Geld zurück nach der Retoure?", Returns("refund"), country="AT")
S.room("returns", "Rückgabe aus der Schweiz, wie viele Tage?", Returns("window", country="CH"), country="CH")

# ---- returns-product
S.room("returns-product", "wenn ich den Lockenstab auspacke und einmal benutze, kann ich ihn noch zurückgeben?",
       ReturnProduct("LL-BTY-0004"), country="DE", showing="LL-BTY-0004")
S.desk("returns-product", "kann ich die Gürteltasche zurückgeben wenn sie mir nicht gefällt?",
       ReturnProduct("LL-BAG-0013"), country="DE")
S.room("returns-product", "Haarschneider schon benutzt, Rückgabe möglich?", ReturnProduct("LL-BTY-0017"),
       country="AT", showing="LL-BTY-0017")

# ---- payment
S.desk("payment", "welche Zahlungsmethoden kann ich nutzen?", Pay(), country="DE")
S.room("payment", "wie kann man aus Österreich bezahlen?", Pay(), country="AT")
S.room("payment", "Zahlung in der Schweiz, was geht?", Pay(), country="CH")

# ---- payment-named-method
S.room("payment-named-method", "geht klarna? will in raten zahlen", PayNamed("klarna"), country="DE")
S.desk("payment-named-method", "kann ich mit PayPal bezahlen?", PayNamed("paypal"), country="CH")
S.room("payment-named-method", "nehmt ihr Bancontact?", PayNamed("bancontact"), country="DE")
S.desk("payment-named-method", "geht auch Überweisung / Vorkasse?", PayUnknown("Vorkasse"), country="DE")

# ---- product-attribute
S.room("product-attribute", "wie lange hält der Akku?", Product("LL-SMH-0010", ["150 min"]), country="DE",
       showing="LL-SMH-0010")
S.room("product-attribute", "wie viel Watt hat das Ding?", Product("LL-PHA-0003", ["100 W"]), country="DE",
       showing="LL-PHA-0003")
S.desk("product-attribute", "welche Auflösung hat die Türklingel View D3?", Product("LL-SMH-0009", ["2K"]),
       country="AT")
S.room("product-attribute", "wie viel fasst der Wasserkocher?", Product("LL-KIT-0001", ["0.9 L"]), country="CH",
       showing="LL-KIT-0001")
S.desk("product-attribute", "wie viele Fingerabdrücke kann das Vorhängeschloss speichern?",
       Product("LL-SMH-0017", ["20"]), country="DE")

# ---- product-yes-no
S.room("product-yes-no", "ist das wasserdicht?", Product("LL-OUT-0016", ["IPX7"], yes=True), country="DE",
       showing="LL-OUT-0016")
S.desk("product-yes-no", "hat der Reiskocher eine Antihaft-Beschichtung?", Product("LL-KIT-0009", yes=True,
                                                                                   judge="non-stick ceramic pot"),
       country="DE")
S.room("product-yes-no", "passt da ein 16 Zoll Laptop rein?", Product("LL-BAG-0001", ["16"], yes=True), country="AT",
       showing="LL-BAG-0001")

# ---- product-variant
S.room("product-variant", "gibts den auch in weiß?", Product("LL-PHA-0006", judge="says white is in stock"),
       country="DE", showing="LL-PHA-0006")
S.desk("product-variant", "was kostet die Laptophülle Folio in 16 Zoll?", Product("LL-BAG-0016", ["$22.99"]),
       country="DE")
S.room("product-variant", "habt ihr die Glühbirne mit E27?", Product("LL-SMH-0003", ["E27"], yes=True), country="DE",
       showing="LL-SMH-0003")

# ---- comparison
S.desk("comparison", "Unterschied zwischen Nano 33 und Nano 65? lohnt sich der Aufpreis?",
       Product("LL-PHA-0001", ["33 W", "65 W"], also=["LL-PHA-0002"]), country="DE")
S.room("comparison", "das Santoku oder das Kochmesser, welche Klingenlänge?",
       Product("LL-KIT-0007", ["18 cm", "20 cm"], also=["LL-KIT-0006"]), country="DE", showing="LL-KIT-0007")

# ---- faq-casual
S.desk("faq-casual", "wie kann ich mein paket verfolgen", Faq("tracking", ["2-3 days"]), country="DE")
S.room("faq-casual", "sind das Originale oder Fakes?", Faq("authenticity", judge="says genuine own brands"),
       country="DE")
S.desk("faq-casual", "wie lange dauert es bis ihr verschickt?", Faq("processing-time", ["1-2 days"]), country="AT")
S.desk("faq-casual", "Paket ist seit 3 Wochen weg, verloren?? was jetzt", Faq("lost-parcel", ["10"]), country="DE")
S.room("faq-casual", "kommt die schwarze Farbe wieder rein? ist ausverkauft", Faq("restock", ["2-4"]),
       country="DE")

# ---- two-in-one
S.room("two-in-one", "wie lange nach Berlin und kann ich mit Klarna zahlen?",
       Both(Ship("days", to="DE"), PayNamed("klarna", country="DE")), country="DE")
S.desk("two-in-one", "Versand in die Schweiz, was kostet das und kommt noch Zoll dazu?",
       Both(Ship("price", to="CH"), Customs(to="CH")), country="CH")
S.room("two-in-one", "was kostet das und wie schwer ist es?", Product("LL-OUT-0010", ["$89.99", "1.9 kg"]),
       country="AT", showing="LL-OUT-0010")

# ---- chatter
S.room("chatter", "hahaha geil", Chatter(), country="DE")
S.room("chatter", [("was kostet versand nach Köln?", Ship("price", to="DE")), ("alles klar, danke!", Chatter())],
       country="DE")
S.desk("chatter", [("wie lange ist die Rückgabefrist?", Returns("window")), ("ok danke", Chatter())], country="DE")
S.room("chatter", [("host", "Hallo zusammen, schön dass ihr wieder dabei seid!", Chatter()),
                   ("👍👍", Chatter())], country="AT")

# ---- handoff
S.desk("handoff", "kann ich bitte mit einem Mitarbeiter sprechen?", Human("handoff"), country="DE")
S.room("handoff", "funktioniert das mit Homematic IP?", Product("LL-SMH-0014", missing=True), country="DE",
       showing="LL-SMH-0014")
S.desk("handoff", "wo bleibt meine Bestellung 77410?", Human("order_status"), country="DE")

# ---- cross-country-room
S.crowd("was kostet der Versand?", ["DE", "AT", "CH", "LI", "LU"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-SMH-0010")
S.crowd("wie lange dauert die Lieferung?", ["DE", "AT", "CH", "NL", "US"],
        lambda c, all_: Ship("days", others=all_, room_names=True))
