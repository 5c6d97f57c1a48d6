# cloudpeach set, French. Written by the outsider2 stream: France, Belgium, Québec (tsé, pis, magasiner, "ça coûte
# combien"), and French speakers from the Maghreb and Switzerland, which the store does not ship to; SMS spelling
# (stp, bcp, jsp, c, ya), no accents, anglicisms.
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "ça met combien de temps pour arriver ?", Ship("days"), country="FR")
S.room("shipping", "c combien la livraison ?", Ship("price"), country="FR")
S.desk("shipping", "Bonjour, vous livrez en Belgique ? Combien et en combien de temps ?", Ship("both", to="BE"))
S.room("shipping", "livraison gratuite a partir de combien svp", Ship("free"), country="FR")
S.room("shipping", "ya tu une livraison express au canada?", Ship("express", to="CA"), country="CA")
S.room("shipping", "les frais de port pour le canada c'est combien?", Ship("price", to="CA"), country="CA")
S.desk("shipping", "vous envoyez au Luxembourg ?", NoShip("LU", others=["BE", "FR"]))
S.room("shipping", "express pour la france dispo ? c'est pour un cadeau", Ship("express"), country="FR")
# cities
S.room("shipping-city", "vous livrez à Lyon ? combien de jours", Ship("days", to="FR"), country="FR")
S.desk("shipping-city", "Je suis à Montréal, c'est combien la livraison?", Ship("price", to="CA"))
S.room("shipping-city", "livraison a Bruxelles combien de temps", Ship("days", to="BE"), country="BE")
S.room("shipping-city", "et pour Marseille ? 🙏", Ship("both", to="FR"), country="FR")
S.desk("shipping-city", "Livraison possible à Québec? en combien de jours", Ship("days", to="CA"))
S.room("shipping-city", "vous livrez à Genève ?", NoShip("CH", others=["FR", "DE"]), country="CH")
# places the store does not ship to
S.room("handoff", "vous livrez au maroc? je suis a casablanca", NoShip("MA", others=["FR", "ES"]), country="MA")
# no country
S.desk("no-country", "quels moyens de paiement vous acceptez ?", PayAnywhere())
S.desk("no-country", "c'est quoi votre politique de retour ?", ReturnsAnywhere())
S.desk("no-country", "on peut payer avec Satispay ?", PayNamed("satispay", anywhere=True))
# customs
S.room("customs", "est ce qu'il y a des frais de douane en france ?", Customs(facts=["IOSS"]), country="FR")
S.room("customs", "vais-je payer des taxes à la livraison au canada?", Customs(facts=["TPS"]), country="CA")
S.desk("customs", "La TVA est comprise pour la Belgique ou je paie à la réception ?", Customs(to="BE"))
# returns
S.room("returns", "on a combien de jours pour retourner ?", Returns("window"), country="FR")
S.desk("returns", "Si je renvoie un article, qui paie le retour ? Et le remboursement prend combien de temps ?",
       Returns("cost+refund", country="BE"), country="BE", declare=True)
S.room("returns", "politique de retour au canada?", Returns("window"), country="CA")
S.room("returns", "le remboursement c'est en combien de jours ?", Returns("refund"), country="FR")
S.room("returns-product", "si le parfum me plait pas je peux le retourner ?", ReturnProduct("CP-FRG-01"),
       country="FR", showing="CP-FRG-01")
S.room("returns-product", "le sérum vitamine C on peut le renvoyer s'il est pas ouvert ?", ReturnProduct("CP-SKN-02"),
       country="BE", showing="CP-SKN-02")
S.desk("returns-product", "J'ai ouvert la palette et elle ne me va pas, retour possible ?",
       ReturnProduct("CP-MKP-04", country="FR"), country="FR", declare=True)
S.room("returns-product", "le miroir LED je peux le retourner si jaime pas?", ReturnProduct("CP-DEV-04"),
       country="CA", showing="CP-DEV-04")
# payment
S.room("payment", "on peut payer comment ?", Pay(), country="FR")
S.desk("payment", "Quels modes de paiement pour l'Italie ?", Pay(country="IT"))
S.room("payment", "c quoi les moyens de paiement au canada", Pay(), country="CA")
S.room("payment-named-method", "vous prenez paypal ?", PayNamed("paypal"), country="FR")
S.room("payment-named-method", "paiement en 4 fois avec klarna possible?", PayNamed("klarna"), country="FR")
S.room("payment-named-method", "bancontact ?", PayUnknown("Bancontact"), country="BE")
S.desk("payment-named-method", "Vous acceptez Afterpay au Canada?", PayNamed("afterpay", country="CA"))
S.room("payment-named-method", "je peux payer en cb sur place a la livraison ?", PayNamed("cod"), country="FR")
# products
S.room("product-attribute", "il fait combien de ml ?", Product("CP-SKN-02", facts=["30 ml"]), country="FR",
       showing="CP-SKN-02")
S.room("product-attribute", "la batterie tient combien de temps ?", Product("CP-DEV-04", facts=["5 hours"]),
       country="BE", showing="CP-DEV-04")
S.room("product-attribute", "il chauffe jusqu'à combien de degrés ?", Product("CP-DEV-06", facts=["200 °C"]),
       country="FR", showing="CP-DEV-06")
S.desk("product-attribute", "Quel est l'indice SPF du fluide solaire Airy ?", Product("CP-SKN-03", facts=["50+"]))
S.room("product-attribute", "il y a combien de teintes dans la palette", Product("CP-MKP-04", facts=["12"]),
       country="CA", showing="CP-MKP-04")
S.room("product-yes-no", "il est vegan ?", Product("CP-ACC-02", yes=True), country="FR", showing="CP-ACC-02")
S.room("product-yes-no", "c'est waterproof le mascara?", Product("CP-MKP-03", yes=True), country="FR",
       showing="CP-MKP-03")
S.room("product-yes-no", "ça laisse des traces blanches ?", Product("CP-SKN-03", yes=False), country="BE",
       showing="CP-SKN-03")
S.room("product-yes-no", "je peux l'utiliser enceinte ?", Product("CP-SKN-05", yes=True), country="FR",
       showing="CP-SKN-05")
S.desk("product-yes-no", "La coque miroir marche avec MagSafe ?", Product("CP-ACC-01", yes=True))
S.room("product-variant", "la teinte 31 caramel est dispo ?", Product("CP-MKP-02", judge="says 31 Caramel is in stock"),
       country="FR", showing="CP-MKP-02")
S.room("product-variant", "combien le 100 ml ?", Product("CP-FRG-01", facts=["$59.00"]), country="BE",
       showing="CP-FRG-01")
S.room("product-variant", "vous l'avez en prise EU?", Product("CP-DEV-05", judge="says the EU (Type C) plug is in stock"),
       country="FR", showing="CP-DEV-05")
S.desk("product-variant", "Combien coûte la trousse Cloud en taille M ?", Product("CP-ACC-03", facts=["$17.00"]))
S.room("comparison", "c'est quoi la diff entre le sérum vitamine C et le sérum rétinal ?",
       Product("CP-SKN-02", also=["CP-SKN-06"], judge="compares 15% vitamin C with 0.05% retinal"), country="FR")
S.desk("comparison", "Entre le lisseur mini et le boucleur sans fil, lequel est le plus puissant ?",
       Product("CP-DEV-05", also=["CP-DEV-06"], judge="states the 25 W of the flat iron and says what the listing says of the curler"))
# faq
S.room("faq-casual", "c'est du vrai ou de la contrefaçon ? 🤔", Faq("authentic", facts=["ISO 22716"]), country="FR")
S.desk("faq-casual", "mon flacon est arrivé cassé 😭", Faq("damaged", facts=["72 hours"]))
S.room("faq-casual", "vous testez sur les animaux ?", Faq("cruelty-free", judge="says no, never tested on animals"),
       country="FR")
S.room("faq-casual", "ya un code promo pour la 1ere commande?", Faq("first-order", facts=["PEACHNEW"]), country="CA")
S.desk("faq-casual", "vous expédiez quand ma commande ?", Faq("dispatch", facts=["1-3 days"]))
# two in one
S.room("two-in-one", "combien la livraison à Paris et je peux payer avec paypal ?",
       Both(Ship("price", to="FR"), PayNamed("paypal")), country="FR")
S.desk("two-in-one", "Délai pour Montréal et vous faites les retours gratuits ?",
       Both(Ship("days", to="CA"), Returns("cost", country="CA")))
S.room("two-in-one", "combien de jours pour la belgique et on a combien de temps pour retourner",
       Both(Ship("days", to="BE"), Returns("window", country="BE")), country="BE")
# chatter
S.room("chatter", "mdrrr trop beau 😍", Chatter(), country="FR")
S.room("chatter", [("host", "les filles on passe au parfum maintenant !", Chatter()), ("ouiii 🔥", Chatter())],
       country="BE")
S.desk("chatter", [("ça prend combien de temps pour la France ?", Ship("days", to="FR")), ("super merci !", Chatter())])
S.room("chatter", "coucou de Toulouse 👋", Chatter(), country="FR")
# handoff
S.desk("handoff", "ma commande CP61877 n'a pas bougé depuis 12 jours, elle est où ?", Human("order_status"))
S.room("handoff", "je voudrais parler à un conseiller svp", Human(), country="FR")
S.desk("handoff", "Le boucleur est-il livré avec une pochette de voyage ?", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("combien la livraison ?", ["FR", "BE", "CA", "US", "DE"],
        lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("ça prend combien de temps ?", ["FR", "BE", "CA", "US", "ES"],
        lambda c, cs: Ship("days", others=cs, room_names=True))
