# cloudpeach set, Spanish. Written by the outsider2 stream: Mexico, Colombia, Peru, Chile, Ecuador, Argentina, Spain
# and Latinos in the US, the way they type in a live (voseo, "wey", "porfa", "xfa", Spanglish, no accents).
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "cuanto tarda en llegar a mexico??", Ship("days"), country="MX")
S.room("shipping", "y el envio cuanto sale?", Ship("price"), country="CO")
S.desk("shipping", "Hola, ¿hacen envíos a Perú? ¿cuánto cuesta y cuánto tarda?", Ship("both", to="PE"))
S.room("shipping", "a partir de cuanto es envio gratis xfa", Ship("free"), country="MX")
S.room("shipping", "tienen envio express a españa? lo necesito pa navidad", Ship("express", to="ES"), country="ES")
S.room("shipping", "cuánto sale mandar a argentina che", Ship("price", to="AR"), country="AR")
S.desk("shipping", "envían a Ecuador?", Ship("both", to="EC"))
S.room("shipping", "hay envio rapido a chile?? cuanto cuesta", Ship("express", to="CL"), country="CL")
# cities
S.room("shipping-city", "envian a Guadalajara? cuantos dias", Ship("days", to="MX"), country="MX")
S.desk("shipping-city", "Vivo en Medellín, ¿cuánto me cobran de envío?", Ship("price", to="CO"))
S.room("shipping-city", "llega a Arequipa?", Ship("both", to="PE"), country="PE")
S.room("shipping-city", "cuanto tarda a barcelona", Ship("days", to="ES"), country="ES")
S.desk("shipping-city", "hacen envios a Córdoba, Argentina? cuanto tarda", Ship("days", to="AR"))
S.room("shipping-city", "y a Santiago cuanto es el envio", Ship("price", to="CL"), country="CL")
# places the store does not ship to
S.room("handoff", "mandan a Uruguay? soy de Montevideo", NoShip("UY", others=["AR", "CL"]), country="UY")
S.desk("handoff", "¿Envían a Venezuela?", NoShip("VE", others=["CO", "MX"]))
# no country
S.desk("no-country", "que formas de pago tienen", PayAnywhere())
S.desk("no-country", "cual es la politica de devoluciones?", ReturnsAnywhere())
S.desk("no-country", "se puede pagar con Nequi?", PayNamed("nequi", anywhere=True))
# customs
S.room("customs", "tengo que pagar aduana en colombia? 😬", Customs(facts=["cédula"]), country="CO")
S.desk("customs", "Si compro desde México, ¿pago impuestos al recibir?", Customs(to="MX"))
S.room("customs", "los impuestos de importacion van aparte o ya estan incluidos?", Customs(facts=["CUIT"]),
       country="AR")
S.room("customs", "y el iva? pago algo al cartero?", Customs(facts=["IOSS"]), country="ES")
# returns
S.room("returns", "cuantos dias tengo para devolver algo?", Returns("window"), country="MX")
S.desk("returns", "Si devuelvo un producto, ¿quién paga el envío de vuelta? ¿y en cuánto me reembolsan?",
       Returns("cost+refund", country="ES"), country="ES", declare=True)
S.room("returns", "se puede devolver si no me gusta? 🤔", Returns("window"), country="PE")
S.room("returns", "cuanto tarda el reembolso wey", Returns("refund"), country="MX")
S.room("returns-product", "si abro el labial y no me gusta el tono lo puedo devolver?", ReturnProduct("CP-MKP-01"),
       country="MX", showing="CP-MKP-01")
S.room("returns-product", "el perfume se puede devolver?", ReturnProduct("CP-FRG-01"), country="ES",
       showing="CP-FRG-01")
S.desk("returns-product", "Compré el espejo LED y no me convence, ¿lo puedo devolver?",
       ReturnProduct("CP-DEV-04", country="CO"), country="CO", declare=True)
S.room("returns-product", "y el protector solar lo puedo regresar si me da granitos?", ReturnProduct("CP-SKN-03"),
       country="ES", showing="CP-SKN-03")
# payment
S.room("payment", "como pago? no tengo tarjeta", Pay(), country="MX")
S.desk("payment", "¿Qué métodos de pago hay para Perú?", Pay(country="PE"))
S.room("payment", "formas de pago en chile?", Pay(), country="CL")
S.room("payment-named-method", "aceptan oxxo?", PayNamed("oxxo"), country="MX")
S.room("payment-named-method", "puedo pagar con mercado pago?", PayNamed("mercado-pago"), country="AR")
S.room("payment-named-method", "bizum?", PayUnknown("Bizum"), country="ES")
S.desk("payment-named-method", "¿Aceptan pago contra entrega en Colombia?", PayNamed("cod", country="CO"))
S.room("payment-named-method", "se puede con nequi?", PayNamed("nequi"), country="CO")
# products
S.room("product-attribute", "cuantos ml trae?", Product("CP-SKN-01", facts=["150 ml"]), country="MX",
       showing="CP-SKN-01")
S.room("product-attribute", "que factor de proteccion tiene", Product("CP-SKN-03", facts=["50+"]), country="CO",
       showing="CP-SKN-03")
S.room("product-attribute", "cuanto dura la bateria del rizador?", Product("CP-DEV-06", facts=["40 minutes"]),
       country="CL", showing="CP-DEV-06")
S.desk("product-attribute", "¿Cuánto dura el olor del perfume Oud & Rose?", Product("CP-FRG-01", facts=["8-10 hours"]))
S.room("product-attribute", "de que es el cepillo? silicona?", Product("CP-DEV-01", facts=["silicona"]),
       country="ES", showing="CP-DEV-01")
S.room("product-yes-no", "es vegano?", Product("CP-SKN-04", yes=False, judge="it contains snail mucin"),
       country="MX", showing="CP-SKN-04")
S.room("product-yes-no", "la mascara es a prueba de agua?", Product("CP-MKP-03", yes=True), country="CO",
       showing="CP-MKP-03")
S.room("product-yes-no", "se puede usar en el embarazo??", Product("CP-SKN-06", yes=False), country="PE",
       showing="CP-SKN-06")
S.room("product-yes-no", "sirve con 220v? es que aca en chile es 220", Product("CP-DEV-05", yes=True,
       facts=["100-240 V"]), country="CL", showing="CP-DEV-05")
S.desk("product-yes-no", "¿La paleta Desert Bloom tiene talco?", Product("CP-MKP-04", yes=False,
       judge="it is talc-free"))
S.room("product-variant", "hay en el tono 02? 💄", Product("CP-MKP-01", judge="says 02 Brick Rose is out of stock"),
       country="MX", showing="CP-MKP-01")
S.room("product-variant", "cuanto sale el de 100 ml?", Product("CP-FRG-01", facts=["$59.00"]), country="ES",
       showing="CP-FRG-01")
S.room("product-variant", "precio del tamaño de viaje?", Product("CP-SKN-03", facts=["$8.90"]), country="AR",
       showing="CP-SKN-03")
S.desk("product-variant", "¿Tienen la funda de espejo para iPhone 15 Pro?",
       Product("CP-ACC-01", judge="says the iPhone 15 Pro case is out of stock"))
S.room("comparison", "cual dura mas la bateria, el cepillo o el rizador",
       Product("CP-DEV-01", also=["CP-DEV-06"], facts=["150 minutes", "40 minutes"]), country="MX",
       showing="CP-DEV-01")
S.desk("comparison", "¿Qué diferencia hay entre el perfume Oud & Rose y el aceite White Musk?",
       Product("CP-FRG-01", also=["CP-FRG-02"], judge="says the oil is alcohol-free (12 ml roll-on) and the eau de parfum is not"))
# faq
S.room("faq-casual", "son originales o son copia? 🤨", Faq("authentic", facts=["ISO 22716"]), country="MX")
S.desk("faq-casual", "me llegó el tónico derramado, qué hago??", Faq("damaged", facts=["72 hours"]))
S.room("faq-casual", "cuando mandan el pedido? ya pague", Faq("dispatch", facts=["1-3 days"]), country="CO")
S.room("faq-casual", "regalan muestritas? 🥹", Faq("samples", facts=["$30"]), country="PE")
S.desk("faq-casual", "hay algún cupón para la primera compra?", Faq("first-order", facts=["PEACHNEW"]))
S.room("faq-casual", "cuanto dura antes de caducar?", Faq("expiry", facts=["18"]), country="ES")
# two in one
S.room("two-in-one", "cuanto es el envio a monterrey y aceptan oxxo?",
       Both(Ship("price", to="MX"), PayNamed("oxxo")), country="MX")
S.desk("two-in-one", "¿Cuánto tarda a Bogotá y puedo devolverlo si no me gusta?",
       Both(Ship("days", to="CO"), Returns("window", country="CO")))
S.room("two-in-one", "envio a lima cuanto sale? y se puede pagar con pagoefectivo?",
       Both(Ship("price", to="PE"), PayNamed("pagoefectivo")), country="PE")
# chatter
S.room("chatter", "jajajaja q lindo 😍", Chatter(), country="MX")
S.room("chatter", [("host", "chicas ahora les muestro el cushion!", Chatter()), ("siii 🙌", Chatter())], country="CO")
S.desk("chatter", [("cuanto tarda a mexico", Ship("days", to="MX")), ("ok gracias!!", Chatter())])
S.room("chatter", "saludos desde Quito 👋", Chatter(), country="EC")
# handoff
S.desk("handoff", "mi pedido CP77120 no llega y ya pasaron 3 semanas", Human("order_status"))
S.room("handoff", "quiero hablar con una persona porfa", Human(), country="MX")
S.desk("handoff", "¿El rizador trae estuche de viaje?", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("cuanto cuesta el envio?", ["MX", "CO", "PE", "AR", "ES"],
        lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("cuanto tarda?", ["MX", "CL", "EC", "ES", "US"], lambda c, cs: Ship("days", others=cs, room_names=True))
