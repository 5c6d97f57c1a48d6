# mori-home set, French: France, Belgium, Québec (DDU, TPS/TVH), Morocco (Aramex, COD), Switzerland (not shipped).
from dsl import *  # noqa: F401,F403

S.room("shipping", "c combien la livraison en france ?", Ship("price", to="FR"), country="FR")
S.room("shipping", "ça met combien de temps pour arriver ? 🙏", Ship("days"), country="BE")
S.desk("shipping", "Bonjour, vous livrez au Canada ? Quels sont les délais et le prix ?", Ship("both", to="CA"))
S.room("shipping", "livraison offerte à partir de combien ?", Ship("free"), country="FR")
S.room("shipping", "y a une livraison express ? c'est pour un cadeau", Ship("express"), country="FR")
S.desk("shipping", "vous envoyez au Maroc ?", Ship("both", to="MA"))
S.room("shipping-city", "vous livrez à Lyon ? en combien de jours", Ship("days", to="FR"), country="FR")
S.desk("shipping-city", "Bonjour, je suis à Montréal, combien coûte la livraison ?", Ship("price", to="CA"))
S.room("shipping-city", "et pour Bruxelles c'est combien de temps ?", Ship("days", to="BE"), country="FR")
S.desk("shipping-city", "livraison à Casablanca svp ?", Ship("both", to="MA"))
S.room("handoff", "vous livrez en Suisse ? Genève", NoShip("CH", others=["FR", "DE"]), country="CH")
S.desk("no-country", "quels moyens de paiement acceptez-vous ?", PayAnywhere())
S.desk("no-country", "j'ai combien de temps pour retourner un article ?", ReturnsAnywhere())
S.desk("no-country", "vous prenez Bancontact ?", PayNamed("bancontact", anywhere=True))
S.room("customs", "y aura des frais de douane au canada ?", Customs(to="CA", facts=["TPS"]), country="CA")
S.desk("customs", "Est-ce que je dois payer la TVA ou la douane à la livraison en France ?", Customs(to="FR", facts=["IOSS"]))
S.room("customs", "des taxes à payer à la réception au maroc ?", Customs(to="MA"), country="MA")
S.room("returns", "je peux le renvoyer si ça me va pas ? c'est combien de jours", Returns("window"), country="FR")
S.desk("returns", "Le retour est-il gratuit, et sous combien de jours suis-je remboursé ?", Returns("cost+refund", country="BE"),
       country="BE", declare=True)
S.room("returns", "les retours c'est payant pour le Canada ?", Returns("cost", country="CA"), country="CA")
S.room("returns-product", "si j'ouvre le thé et que j'aime pas, je peux le retourner ?", ReturnProduct("MH-TEA-02"),
       country="FR", showing="MH-TEA-02")
S.room("returns-product", "la culotte on peut la retourner si la taille va pas ?", ReturnProduct("MH-INT-01"), country="BE")
S.room("returns-product", "le pyjama je peux le renvoyer si la taille ne va pas ?", ReturnProduct("MH-SLP-01"),
       country="FR", showing="MH-SLP-01")
S.room("payment", "on peut payer comment ?", Pay(), country="FR")
S.room("payment", "moyens de paiement pour la belgique ?", Pay(), country="BE")
S.desk("payment", "Quels modes de paiement pour le Maroc ?", Pay(country="MA"))
S.room("payment-named-method", "vous acceptez la carte bancaire CB ?", PayNamed("cartes-bancaires"), country="FR")
S.room("payment-named-method", "paiement en 3 fois avec Alma possible ?", PayUnknown("Alma"), country="FR")
S.room("payment-named-method", "je peux payer avec klarna ? je suis en france", PayNamed("klarna"), country="FR")
S.room("payment-named-method", "paiement à la livraison possible ?", PayNamed("cod"), country="MA")
S.room("product-attribute", "c'est quelle matière la housse ?", Product("MH-BED-01", facts=["lin"]), country="FR",
       showing="MH-BED-01")
S.room("product-attribute", "elle dure combien de temps la bougie ?", Product("MH-CND-01", facts=["45"]), country="BE",
       showing="MH-CND-01")
S.desk("product-attribute", "Quel est le diamètre des assiettes Kiln ?", Product("MH-CER-02", facts=["27 cm"]))
S.room("product-yes-no", "les assiettes vont au lave-vaisselle ?", Product("MH-CER-02", yes=True), country="FR",
       showing="MH-CER-02")
S.room("product-yes-no", "et au micro-ondes ?", Product("MH-CER-02", yes=False), country="FR", showing="MH-CER-02")
S.room("product-yes-no", "le diffuseur il a de l'alcool dedans ?", Product("MH-CND-02", yes=False,
       judge="it is alcohol-free"), country="CA", showing="MH-CND-02")
S.room("product-variant", "le pyjama en taille S champagne il en reste ?", Product("MH-SLP-01", judge="says S champagne is in stock"),
       country="FR", showing="MH-SLP-01")
S.room("product-variant", "combien la housse en 240x220 ?", Product("MH-BED-01", facts=["€95"]), country="BE",
       showing="MH-BED-01")
S.room("product-variant", "la bougie yuzu est dispo ?", Product("MH-CND-01", judge="says yuzu is out of stock"),
       country="FR", showing="MH-CND-01")
S.room("comparison", "c'est quoi la différence entre la bougie et le diffuseur ? lequel dure le plus",
       Product("MH-CND-01", facts=["45 h"], also=["MH-CND-02"], judge="45 hours of burn time vs about 8 weeks"), country="FR")
S.room("faq-casual", "c'est de la vraie soie ?", Faq("real-silk", facts=["100%"]), country="FR")
S.desk("faq-casual", "mon mug est arrivé cassé 😢", Faq("broken", facts=["48"]))
S.room("faq-casual", "vous faites les paquets cadeaux ?", Faq("gift-wrap", facts=["€3.50"]), country="BE")
S.room("faq-casual", "on peut avoir des échantillons de tissu ?", Faq("swatches", facts=["€4"]), country="FR")
S.room("faq-casual", "je suis un hôtel, vous vendez en gros ?", Faq("wholesale", facts=["30"]), country="FR")
S.room("two-in-one", "combien la livraison à Paris et je peux payer en CB ?", Both(Ship("price", to="FR"),
       PayNamed("cartes-bancaires")), country="FR")
S.desk("two-in-one", "Délai pour Québec et politique de retour ?", Both(Ship("days", to="CA"), Returns("window", country="CA")))
S.room("chatter", "mdrrr trop beau 😍", Chatter(), country="FR")
S.room("chatter", [("host", "on passe aux serviettes maintenant !", Chatter()), ("trop bien 👏", Chatter())], country="BE")
S.desk("chatter", [("livraison en belgique combien ?", Ship("price", to="BE")), ("super merci !", Chatter())])
S.desk("handoff", "ma commande MH77310 n'est toujours pas arrivée, elle est où ?", Human("order_status"))
S.room("handoff", "je voudrais parler à un conseiller svp", Human(), country="FR")
S.room("handoff", "la housse va sur une couette de 260x240 ?", Product("MH-BED-01", missing=True), country="FR",
       showing="MH-BED-01")
S.crowd("combien la livraison ?", ["FR", "BE", "CA", "MA", "ES"], lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch
S.room("shipping", "la livraison ça coûte cb pour la belgique svp", Ship("price", to="BE"), country="BE")
S.room("shipping", "wesh ça arrive en combien de temps au maroc", Ship("days", to="MA"), country="MA")
S.desk("shipping", "Bonjour, la livraison est-elle gratuite au Canada à partir d'un certain montant ?", Ship("free", to="CA"))
S.room("shipping-city", "livraison à Marseille ?", Ship("both", to="FR"), country="FR")
S.room("shipping-city", "et à Rabat ça prend combien de jours", Ship("days", to="MA"), country="MA")
S.room("product-variant", "il coûte combien celui-là ?", Product("MH-CND-02", facts=["€29"]), country="FR", showing="MH-CND-02")
S.room("product-variant", "la taille XL du pyjama c'est combien ?", Product("MH-SLP-01", facts=["€125"]), country="BE")
S.room("product-variant", "le mug céladon il en reste ?", Product("MH-CER-01", judge="says celadon is in stock"), country="FR",
       showing="MH-CER-01")
S.room("product-attribute", "elle fait quelle longueur la robe kimono ?", Product("MH-SLP-02", facts=["115 cm"]), country="FR",
       showing="MH-SLP-02")
S.room("comparison", "entre le mug et la théière, laquelle contient le plus ?", Product("MH-CER-01",
       facts=["350 ml", "800 ml"], also=["MH-CER-04"]), country="FR")
S.room("product-yes-no", "la théière on peut la mettre sur le feu ?", Product("MH-CER-04", yes=False), country="FR",
       showing="MH-CER-04")
S.room("faq-casual", "le lin ça rétrécit au lavage ?", Faq("linen-shrink", facts=["3"]), country="FR")
S.room("faq-casual", "je peux suivre mon colis ?", Faq("tracking", facts=["3"]), country="BE")
S.room("two-in-one", "livraison à Bruxelles combien et vous prenez bancontact ?", Both(Ship("price", to="BE"),
       PayNamed("bancontact")), country="BE")
S.desk("handoff", "mon colis MH71123 est marqué livré mais je n'ai rien reçu", Human("order_status"))
S.room("payment-named-method", "paypal c'est possible ?", PayNamed("paypal"), country="FR")
S.room("payment-named-method", "vous acceptez le paiement à la livraison ? je suis en france", PayNamed("cod"), country="FR")
S.crowd("livraison combien de jours ?", ["FR", "BE", "CA", "MA", "US"], lambda c, cs: Ship("days", others=cs, room_names=True))
