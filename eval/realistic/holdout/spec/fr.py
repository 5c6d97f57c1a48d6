# French: France, Belgium, Switzerland, Québec, Luxembourg; some French-speaking Africa (not shipped to).
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "c combien la livraison ?", Ship("price"), country="FR", showing="LL-BTY-0001")
S.desk("shipping", "Bonjour, en combien de temps je reçois ma commande ?", Ship("days"), country="FR")
S.room("shipping", "livraison gratuite à partir de combien ?", Ship("free"), country="BE")
S.desk("shipping", "l'express ça met combien de jours et ça coûte combien ?", Ship("express"), country="FR")
S.room("shipping", "ça prend combien de temps pour le Québec? 🇨🇦", Ship("days", to="CA"), country="CA")
S.desk("shipping", "vous livrez en Suisse ? à quel prix ?", Ship("price", to="CH"))

# ---- shipping-city
S.room("shipping-city", "vous livrez à Lyon ?", Ship("both", to="FR"), country="FR")
S.desk("shipping-city", "combien de jours pour Montréal svp", Ship("days", to="CA"))
S.room("shipping-city", "frais de port pour Bruxelles ?", Ship("price", to="BE"), country="BE")
S.desk("shipping-city", "je suis à Genève, ça arrive en combien de temps ?", Ship("days", to="CH"))
S.room("shipping-city", "et pour Marseille c'est combien le port ?", Ship("price", to="FR"), country="FR")
S.desk("shipping-city", "c'est pour offrir à ma sœur à Toulouse, délai de livraison ?", Ship("days", to="FR"),
       country="BE")
S.room("shipping-city", "vous envoyez à Casablanca ?", NoShip("MA", others=["FR", "SA"]), country="MA")

# ---- no-country
S.desk("no-country", "quels moyens de paiement vous acceptez ?", PayAnywhere())
S.desk("no-country", "j'ai combien de jours pour retourner un article ?", ReturnsAnywhere())
S.room("no-country", "on peut payer par carte bancaire ?", PayAnywhere())
S.desk("no-country", "vous prenez Bancontact ?", PayNamed("bancontact", anywhere=True))

# ---- customs
S.desk("customs", "est-ce que je vais payer des frais de douane à la livraison ?", Customs(), country="FR")
S.room("customs", "la TVA est comprise ou pas ?", Customs(), country="BE")
S.desk("customs", "au Canada on paie la TPS à la livraison ?", Customs(to="CA", facts=["TPS"]), country="CA")
S.room("customs", "douane pour la Suisse, je dois payer quelque chose ?", Customs(to="CH"), country="CH")

# ---- returns
S.desk("returns", "quel est le délai de rétractation ?", Returns("window"), country="FR")
S.room("returns", "si ça me va pas je peux renvoyer gratuitement ?", Returns("window+cost"), country="FR")
S.desk("returns", "je serai remboursée sous combien de jours ?", Returns("refund"), country="BE")
S.room("returns", "retour possible depuis le Québec? combien de jours?", Returns("window", country="CA"),
       country="CA")

# ---- returns-product
S.room("returns-product", "si je l'ouvre et que je l'utilise une fois, je peux encore le renvoyer ?",
       ReturnProduct("LL-BTY-0005"), country="FR", showing="LL-BTY-0005")
S.desk("returns-product", "j'ai commandé la doudoune Featherlite, si la taille va pas je peux la retourner ?",
       ReturnProduct("LL-APP-0006"), country="FR")
S.room("returns-product", "la lampe à ongles déjà déballée et testée, retour possible ?",
       ReturnProduct("LL-BTY-0016"), country="CH", showing="LL-BTY-0016")

# ---- payment
S.desk("payment", "quels sont les modes de paiement ?", Pay(), country="BE")
S.room("payment", "comment on peut payer ici en France ?", Pay(), country="FR")
S.room("payment", "paiement possible comment depuis la Suisse ?", Pay(), country="CH")

# ---- payment-named-method
S.room("payment-named-method", "paypal c'est possible ?", PayNamed("paypal"), country="FR")
S.desk("payment-named-method", "je peux payer en plusieurs fois avec Klarna ?", PayNamed("klarna"), country="FR")
S.room("payment-named-method", "Bancontact ça marche ?", PayNamed("bancontact"), country="BE")
S.desk("payment-named-method", "vous acceptez les chèques ?", PayUnknown("chèque"), country="FR")

# ---- product-attribute
S.room("product-attribute", "elle fait combien de watts ?", Product("LL-BTY-0001", ["1600 W"]), country="FR",
       showing="LL-BTY-0001")
S.room("product-attribute", "autonomie du casque ?", Product("LL-AUD-0008", ["40 h", "60 h"]), country="BE",
       showing="LL-AUD-0008")
S.desk("product-attribute", "le purificateur d'air c'est pour quelle taille de pièce ?",
       Product("LL-SMH-0015", ["20 m²"]), country="FR")
S.room("product-attribute", "il garde le froid combien de temps la gourde ?", Product("LL-OUT-0007", ["24 h"]),
       country="CH", showing="LL-OUT-0007")

# ---- product-yes-no
S.room("product-yes-no", "c'est étanche ? je peux l'emmener à la plage ?", Product("LL-AUD-0013", ["IP67"], yes=True),
       country="FR", showing="LL-AUD-0013")
S.desk("product-yes-no", "le hub Z1 est compatible Matter ?", Product("LL-SMH-0014", ["Matter"], yes=True),
       country="FR")
S.room("product-yes-no", "il passe au lave-vaisselle le couteau ?", Product("LL-KIT-0006", missing=True),
       country="BE", showing="LL-KIT-0006")

# ---- product-variant
S.room("product-variant", "vous l'avez en prise EU ?", Product("LL-BTY-0001", judge="says the EU plug is available"),
       country="FR", showing="LL-BTY-0001")
S.desk("product-variant", "le sac étanche Seal en 20 L c'est combien ?", Product("LL-OUT-0014", ["$18.99"]),
       country="FR")
S.room("product-variant", "il y a la taille S en blanc ?", Product("LL-APP-0016", judge="says white S is out of stock"),
       country="FR", showing="LL-APP-0016")

# ---- comparison
S.desk("comparison", "entre l'OpenFit 2 et le Run O1 lequel tient le mieux la batterie ?",
       Product("LL-AUD-0007", ["11 h", "10 h"], also=["LL-AUD-0006"]), country="FR")
S.room("comparison", "la Cam P2 ou la Cam O4 pour l'extérieur ? différence de prix ?",
       Product("LL-SMH-0007", ["$34.99", "$59.99"], also=["LL-SMH-0008"]), country="BE", showing="LL-SMH-0008")

# ---- faq-casual
S.desk("faq-casual", "je peux suivre mon colis ?", Faq("tracking", ["2-3 days"]), country="FR")
S.room("faq-casual", "c'est de la contrefaçon ou c'est du vrai ?", Faq("authenticity",
                                                                     judge="says genuine, own brands"), country="FR")
S.desk("faq-casual", "vous faites des paquets cadeaux ?", Faq("gift-wrap", ["$2.99"]), country="BE")
S.desk("faq-casual", "je peux avoir une facture pour ma boîte ?", Faq("invoice", judge="says yes, downloadable from the orders page once shipped"), country="FR")
S.room("faq-casual", "on peut joindre quelqu'un à quelle heure ?", Faq("contact-hours", ["9", "21"]), country="FR")

# ---- two-in-one
S.room("two-in-one", "livraison à Bordeaux en combien de temps et je peux payer avec PayPal ?",
       Both(Ship("days", to="FR"), PayNamed("paypal", country="FR")), country="FR")
S.desk("two-in-one", "combien coûte la livraison en Belgique et combien de temps pour un retour ?",
       Both(Ship("price", to="BE"), Returns("window", country="BE")), country="BE")
S.room("two-in-one", "elle coûte combien et elle est dispo en noir ?",
       Product("LL-KIT-0003", ["$39.99"], judge="also says black is in stock"), country="FR", showing="LL-KIT-0003")

# ---- chatter
S.room("chatter", "mdrrr 😂", Chatter(), country="FR")
S.room("chatter", [("combien la livraison pour Lille ?", Ship("price", to="FR")), ("super merci !", Chatter())],
       country="FR")
S.desk("chatter", [("j'ai combien de temps pour renvoyer ?", Returns("window")), ("d'accord merci", Chatter())],
       country="FR")
S.room("chatter", [("host", "Coucou tout le monde, on passe au produit suivant !", Chatter()),
                   ("trop beau 😍", Chatter())], country="FR", showing="LL-APP-0011")

# ---- handoff
S.desk("handoff", "je voudrais parler à un conseiller svp", Human("handoff"), country="FR")
S.room("handoff", "il est compatible avec la Freebox ?", Product("LL-SMH-0007", missing=True), country="FR",
       showing="LL-SMH-0007")
S.desk("handoff", "ma commande 33871 n'est jamais arrivée, vous pouvez vérifier ?", Human("order_status"),
       country="FR")

# ---- cross-country-room
S.crowd("c'est combien la livraison ?", ["FR", "BE", "CH", "CA", "LU"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-BTY-0001")
S.crowd("je peux payer comment ?", ["FR", "BE", "CH", "CA", "NL"], lambda c, all_: Pay())
