# cloudpeach set, German. Written by the outsider2 stream: Germany and Austria (Servus, Paket, Versandkosten, "auf
# Rechnung"), the Swiss (not shipped to), Germans living in Poland or Czechia; lowercase, no umlauts (ue/oe), "u"
# for "und", English words (Shipping, Sale, Code), cities (Wien, Graz, Hamburg, Köln, Breslau).
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "wie lange dauert der versand?", Ship("days"), country="DE")
S.room("shipping", "was kostet versand nach österreich", Ship("price", to="AT"), country="AT")
S.desk("shipping", "Hallo, liefert ihr nach Deutschland? Was kostet das und wie lange dauert es?", Ship("both", to="DE"))
S.room("shipping", "ab wieviel ist versand kostenlos?", Ship("free"), country="DE")
S.room("shipping", "gibts expressversand? brauchs bis samstag", Ship("express"), country="DE")
S.room("shipping", "versandkosten nach polen?", Ship("price", to="PL"), country="PL")
S.desk("shipping", "Liefert ihr auch in die Schweiz?", NoShip("CH", others=["DE", "AT"]))
S.room("shipping", "wie lange nach tschechien", Ship("days", to="CZ"), country="CZ")
# cities
S.room("shipping-city", "liefert ihr nach Wien? wie lange", Ship("days", to="AT"), country="AT")
S.desk("shipping-city", "Was kostet der Versand nach Hamburg?", Ship("price", to="DE"))
S.room("shipping-city", "nach graz wie viele tage?", Ship("days", to="AT"), country="AT")
S.room("shipping-city", "versand nach köln kosten + dauer?", Ship("both", to="DE"), country="DE")
S.desk("shipping-city", "ich wohne in Breslau, wie lange braucht das Paket?", Ship("days", to="PL"))
S.room("shipping-city", "liefert ihr nach Zürich?", NoShip("CH", others=["DE", "AT"]), country="CH")
# no country
S.desk("no-country", "welche zahlungsarten gibt es?", PayAnywhere())
S.desk("no-country", "wie sind die rückgabebedingungen?", ReturnsAnywhere())
S.desk("no-country", "kann man mit BLIK zahlen?", PayNamed("blik", anywhere=True))
# customs
S.room("customs", "muss ich zoll zahlen? 😬", Customs(facts=["IOSS"]), country="DE")
S.desk("customs", "Kommen bei Lieferung nach Österreich noch Zollgebühren dazu?", Customs(to="AT"))
S.room("customs", "zahl ich beim paket noch mwst nach?", Customs(facts=["IOSS"]), country="AT")
# returns
S.room("returns", "wie lange hab ich rückgaberecht?", Returns("window"), country="DE")
S.desk("returns", "Wer zahlt den Rückversand und wann bekomme ich mein Geld zurück?",
       Returns("cost+refund", country="DE"), country="DE", declare=True)
S.room("returns", "kann man zurückschicken wenns nicht gefällt?", Returns("window"), country="AT")
S.room("returns", "wie lange dauert die erstattung", Returns("refund"), country="DE")
S.room("returns-product", "kann ich das parfum zurückgeben wenn mir der duft nicht gefällt?",
       ReturnProduct("CP-FRG-01"), country="DE", showing="CP-FRG-01")
S.room("returns-product", "die bürste kann man zurückschicken oder?", ReturnProduct("CP-DEV-01"), country="AT",
       showing="CP-DEV-01")
S.desk("returns-product", "Ich habe den Lip Tint geöffnet, die Farbe passt nicht. Kann ich ihn zurückgeben?",
       ReturnProduct("CP-MKP-01", country="DE"), country="DE", declare=True)
S.room("returns-product", "und das shampoo, ungeöffnet zurück möglich?", ReturnProduct("CP-HAR-03"), country="DE",
       showing="CP-HAR-03")
# payment
S.room("payment", "wie kann ich bezahlen?", Pay(), country="DE")
S.desk("payment", "Welche Zahlungsmethoden gibt es in Polen?", Pay(country="PL"))
S.room("payment", "zahlungsmöglichkeiten für österreich?", Pay(), country="AT")
S.room("payment-named-method", "geht auch auf rechnung mit klarna?", PayNamed("klarna"), country="DE")
S.room("payment-named-method", "paypal?", PayNamed("paypal"), country="AT")
S.room("payment-named-method", "kann ich mit sofortüberweisung zahlen", PayUnknown("Sofortüberweisung"), country="DE")
S.desk("payment-named-method", "Akzeptiert ihr Revolut Pay in Tschechien?", PayNamed("revolut-pay", country="CZ"))
S.room("payment-named-method", "nachnahme möglich?", PayNamed("cod"), country="DE")
# products
S.room("product-attribute", "wie viel ml sind da drin?", Product("CP-SKN-04", facts=["100 ml"]), country="DE",
       showing="CP-SKN-04")
S.room("product-attribute", "wie lange hält der akku?", Product("CP-DEV-01", facts=["150 minutes"]), country="AT",
       showing="CP-DEV-01")
S.room("product-attribute", "wie viel watt hat das glätteisen", Product("CP-DEV-05", facts=["25 W"]), country="DE",
       showing="CP-DEV-05")
S.desk("product-attribute", "Wie groß ist der Halo Spiegel?", Product("CP-DEV-04", facts=["20 cm"]))
S.room("product-attribute", "welchen lichtschutzfaktor hat die sonnencreme", Product("CP-SKN-03", facts=["50+"]),
       country="DE", showing="CP-SKN-03")
S.room("product-yes-no", "ist das silikonfrei?", Product("CP-HAR-01", yes=False), country="DE", showing="CP-HAR-01")
S.room("product-yes-no", "ist die wasserfest?", Product("CP-MKP-03", yes=True), country="AT", showing="CP-MKP-03")
S.room("product-yes-no", "parfümfrei?", Product("CP-SKN-01", yes=True), country="DE", showing="CP-SKN-01")
S.room("product-yes-no", "darf man das in der schwangerschaft benutzen?", Product("CP-SKN-06", yes=False),
       country="DE", showing="CP-SKN-06")
S.desk("product-yes-no", "Ist die Lidschattenpalette vegan?", Product("CP-MKP-04", yes=True))
S.room("product-variant", "gibts die hülle fürs iphone 15 pro?",
       Product("CP-ACC-01", judge="says the iPhone 15 Pro case is out of stock"), country="DE", showing="CP-ACC-01")
S.room("product-variant", "was kostet die 300ml flasche?", Product("CP-SKN-01", facts=["$22.90"]), country="DE",
       showing="CP-SKN-01")
S.room("product-variant", "ist die farbe taupe noch da?", Product("CP-MKP-05", judge="says taupe is in stock"),
       country="AT", showing="CP-MKP-05")
S.desk("product-variant", "Was kostet der Lockenstab in pearl white?", Product("CP-DEV-06", facts=["$48.00"]))
S.room("comparison", "was ist der unterschied zwischen dem vitamin c serum und der ceramid creme?",
       Product("CP-SKN-02", also=["CP-SKN-05"], judge="compares the vitamin C serum (30 ml) with the ceramide cream (60 ml)"),
       country="DE")
S.desk("comparison", "Welcher Akku ist größer: Spiegel oder Lockenstab?",
       Product("CP-DEV-04", also=["CP-DEV-06"], facts=["2000 mAh", "5000 mAh"]))
# faq
S.room("faq-casual", "ist das original oder fake?", Faq("authentic", facts=["ISO 22716"]), country="DE")
S.desk("faq-casual", "testet ihr an tieren??", Faq("cruelty-free", judge="says no, never tested on animals"))
S.room("faq-casual", "wann verschickt ihr meine bestellung?", Faq("dispatch", facts=["1-3 days"]), country="DE")
S.desk("faq-casual", "muss ich zoll zahlen oder ist alles drin?", Faq("customs", judge="says it depends on the country and duties not included are collected on delivery"))
S.room("faq-casual", "gibts proben dazu? 🙈", Faq("samples", facts=["$30"]), country="AT")
# two in one
S.room("two-in-one", "was kostet versand nach wien und geht paypal?", Both(Ship("price", to="AT"), PayNamed("paypal")),
       country="AT")
S.desk("two-in-one", "Wie lange dauert der Versand nach Berlin und ist der Rückversand kostenlos?",
       Both(Ship("days", to="DE"), Returns("cost", country="DE")))
S.room("two-in-one", "lieferzeit u rückgabefrist?", Both(Ship("days"), Returns("window")), country="DE")
# chatter
S.room("chatter", "hahaha wie süß 😍", Chatter(), country="DE")
S.room("chatter", [("host", "so leute, jetzt zeig ich euch den spiegel!", Chatter()), ("juhu 🙌", Chatter())],
       country="AT")
S.desk("chatter", [("wie lange nach deutschland?", Ship("days", to="DE")), ("ok danke dir!", Chatter())])
S.room("chatter", "grüße aus münchen 👋", Chatter(), country="DE")
# handoff
S.desk("handoff", "wo bleibt meine bestellung CP40219? seit 2 wochen nichts", Human("order_status"))
S.room("handoff", "kann ich mit einem mitarbeiter sprechen?", Human(), country="DE")
S.desk("handoff", "Ist beim Lockenstab eine Reisetasche dabei?", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("versandkosten?", ["DE", "AT", "PL", "CZ", "US"], lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("wie lange dauert es?", ["DE", "AT", "PL", "UA", "CA"], lambda c, cs: Ship("days", others=cs,
        room_names=True))
