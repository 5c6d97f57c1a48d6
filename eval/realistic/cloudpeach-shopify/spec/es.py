# cloudpeach-shopify set, Spanish: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "cuantos watts tiene la plancha?", Product("mini-travel-flat-iron", facts=["25 W"]),
       country="MX", showing="mini-travel-flat-iron")
S.room("product-attribute", "cuanto dura la carga?", Product("pure-2-sonic-cleansing-brush", facts=["150 minutes"]),
       country="CO", showing="pure-2-sonic-cleansing-brush")
S.desk("product-attribute", "¿De cuántos mm es el rizador inalámbrico?", Product("cordless-auto-hair-curler", facts=["25 mm"]))
S.room("product-yes-no", "es resistente al agua? lo quiero pa la playa", Product("airy-sun-fluid-spf50", yes=True,
       facts=["80 minutes"]), country="MX", showing="airy-sun-fluid-spf50")
S.room("product-yes-no", "sirve en 220?", Product("mini-travel-flat-iron", yes=True, facts=["100-240 V"]), country="CL",
       showing="mini-travel-flat-iron")
S.room("product-variant", "cuanto cuesta el tono 03?", Product("cloud-matte-lip-tint", facts=["$11.90"]), country="MX",
       showing="cloud-matte-lip-tint")
S.room("product-variant", "hay el de 300 ml?", Product("rice-water-toner", judge="says the 300 ml is out of stock"),
       country="PE", showing="rice-water-toner")
S.room("product-variant", "el color menta hay?", Product("pure-2-sonic-cleansing-brush", judge="says mint is out of stock"),
       country="ES", showing="pure-2-sonic-cleansing-brush")
S.desk("product-variant", "¿Cuánto cuesta el neceser Cloud en talla L?", Product("cloud-toiletry-bag", facts=["$21.00"]))
S.room("comparison", "cual calienta mas, la plancha mini o el rizador?",
       Product("mini-travel-flat-iron", also=["cordless-auto-hair-curler"], facts=["200 °C"]), country="AR",
       showing="mini-travel-flat-iron")
S.room("returns-product", "si el perfume no me gusta lo devuelvo?", ReturnProduct("oud-rose-eau-de-parfum"),
       country="MX", showing="oud-rose-eau-de-parfum")
