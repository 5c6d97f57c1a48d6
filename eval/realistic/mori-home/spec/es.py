# mori-home set, Spanish: Mexico, Colombia, Peru, Chile, Ecuador, Spain; slang, typos, Spanglish.
from dsl import *  # noqa: F401,F403

S.room("shipping", "cuanto sale el envio a mexico?? 🙏", Ship("price", to="MX"), country="MX")
S.room("shipping", "y cuanto tarda en llegar? porfa", Ship("days"), country="CO")
S.desk("shipping", "Hola, ¿hacéis envíos a España? ¿Cuánto tarda y cuánto cuesta?", Ship("both", to="ES"))
S.room("shipping", "a partir de cuanto es envío gratis", Ship("free"), country="MX")
S.room("shipping", "tienen envio express? lo necesito rapido neta", Ship("express"), country="MX")
S.desk("shipping", "cuánto cuesta el envío a Chile", Ship("price", to="CL"))
S.room("shipping-city", "envían a Guadalajara?? cuantos dias", Ship("days", to="MX"), country="MX")
S.desk("shipping-city", "Hola! vivo en Medellín, cuánto me cobran de envío?", Ship("price", to="CO"))
S.room("shipping-city", "y a lima cuanto demora", Ship("days", to="PE"), country="PE")
S.desk("shipping-city", "envio a Barcelona?", Ship("both", to="ES"))
S.room("shipping-city", "llega a Monterrey? y en cuanto tiempo", Ship("days", to="MX"), country="US")
S.room("handoff", "hacen envios a Buenos Aires? 🇦🇷", NoShip("AR", others=["CL", "MX"]), country="AR")
S.desk("no-country", "¿qué formas de pago aceptan?", PayAnywhere())
S.desk("no-country", "cuantos dias tengo para devolver algo?", ReturnsAnywhere())
S.desk("no-country", "se puede pagar con yape?", PayNamed("yape", anywhere=True))
S.room("customs", "me van a cobrar aduana en colombia? 😩", Customs(to="CO", facts=["cédula"]), country="CO")
S.desk("customs", "Si compro desde México, ¿tengo que pagar impuestos al recibir?", Customs(to="MX"))
S.room("customs", "hay que pagar aranceles para chile? piden rut?", Customs(to="CL", facts=["RUT"]), country="CL")
S.room("returns", "si no me queda lo puedo devolver? cuantos dias tengo", Returns("window"), country="MX")
S.desk("returns", "¿La devolución es gratis? ¿Y en cuánto tiempo me devuelven el dinero?", Returns("cost+refund", country="ES"),
       country="ES", declare=True)
S.room("returns", "cuanto tardan en reembolsar?", Returns("refund"), country="MX")
S.room("returns-product", "si abro el te y no me gusta lo puedo devolver?", ReturnProduct("MH-TEA-01"), country="MX",
       showing="MH-TEA-01")
S.room("returns-product", "y la mascarilla si la abro se puede devolver?", ReturnProduct("MH-SKN-01"), country="ES",
       showing="MH-SKN-01")
S.room("returns-product", "las braguitas se pueden devolver si no me quedan?", ReturnProduct("MH-INT-01"), country="ES")
S.room("payment", "como puedo pagar desde mexico", Pay(), country="MX")
S.room("payment", "que metodos de pago hay pa colombia parce", Pay(), country="CO")
S.desk("payment", "¿Qué métodos de pago tienen para Perú?", Pay(country="PE"))
S.room("payment-named-method", "aceptan oxxo?", PayNamed("oxxo"), country="MX")
S.room("payment-named-method", "puedo pagar con bizum?", PayNamed("bizum"), country="ES")
S.room("payment-named-method", "se puede con mercado pago?", PayNamed("mercado-pago"), country="CL")
S.room("payment-named-method", "aceptan oxxo? soy de colombia", PayNamed("oxxo"), country="CO")
S.desk("payment-named-method", "¿Aceptan pago con Sodexo o vales?", PayUnknown("Sodexo"))
S.room("product-attribute", "de que material es la funda?", Product("MH-BED-01", facts=["lino"]), country="MX",
       showing="MH-BED-01")
S.room("product-attribute", "cuantos ml le caben a la tetera?", Product("MH-CER-04", facts=["800 ml"]), country="ES",
       showing="MH-CER-04")
S.desk("product-attribute", "¿De qué tamaño es la funda de almohada de seda Yuki?", Product("MH-BED-04", facts=["50x75 cm"]))
S.room("product-yes-no", "la taza se puede meter al micro?", Product("MH-CER-01", yes=True), country="MX",
       showing="MH-CER-01")
S.room("product-yes-no", "la tetera se puede poner al fuego?", Product("MH-CER-04", yes=False), country="CO",
       showing="MH-CER-04")
S.room("product-yes-no", "es vegana la mascarilla?", Product("MH-SKN-01", yes=True), country="CL", showing="MH-SKN-01")
S.room("product-variant", "cuanto cuesta la matrimonial?? la de 200x200", Product("MH-BED-01", facts=["€79"]), country="MX",
       showing="MH-BED-01")
S.room("product-variant", "hay en talla M negro?", Product("MH-SLP-01", judge="says black M is in stock (7)"),
       country="ES", showing="MH-SLP-01")
S.room("product-variant", "el camino de mesa de 240 cuanto sale", Product("MH-DEC-01", facts=["€34"]), country="PE")
S.room("comparison", "cual es mas grande la taza o la tetera?", Product("MH-CER-01", facts=["350 ml", "800 ml"],
       also=["MH-CER-04"]), country="MX")
S.room("faq-casual", "es seda de verdad o es satin?", Faq("real-silk", facts=["6A"]), country="MX")
S.desk("faq-casual", "me llegó la taza rota 😭 que hago", Faq("broken", facts=["48"]))
S.room("faq-casual", "puedo cancelar mi pedido? me equivoque de talla", Faq("cancel", facts=["12"]), country="CO")
S.room("faq-casual", "el lino encoge al lavarlo?", Faq("linen-shrink", facts=["3-4%"]), country="ES")
S.room("faq-casual", "cuando reponen el color que esta agotado?", Faq("restock", facts=["3-4"]), country="MX")
S.room("two-in-one", "cuanto es el envio a cdmx y aceptan oxxo?", Both(Ship("price", to="MX"), PayNamed("oxxo")),
       country="MX")
S.desk("two-in-one", "¿Cuánto tarda a Bogotá y cuántos días hay para devoluciones?",
       Both(Ship("days", to="CO"), Returns("window", country="CO")))
S.room("chatter", "jajajaja que bonito 😍", Chatter(), country="MX")
S.room("chatter", [("host", "chicos ahora les enseño las toallas", Chatter()), ("que chido 🔥", Chatter())], country="MX")
S.desk("chatter", [("cuanto es el envio a peru", Ship("price", to="PE")), ("ok gracias!!", Chatter())])
S.room("chatter", "saludos desde Bogotá!! 👋", Chatter(), country="CO")
S.desk("handoff", "ya pasaron 4 semanas y no llega mi pedido #MH55120, dónde está?", Human("order_status"))
S.room("handoff", "quiero hablar con una persona porfa", Human(), country="MX")
S.desk("faq-casual", "¿tienen tienda en Madrid para verlo en persona?", Faq("showroom", judge="says there are no shops outside China"))
S.room("handoff", "la funda sirve para un edredón de 150x220?", Product("MH-BED-01", missing=True), country="ES",
       showing="MH-BED-01")
S.crowd("cuanto cuesta el envio?", ["MX", "CO", "PE", "CL", "ES"], lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch
S.room("shipping", "how much el shipping pa mexico? 😅", Ship("price", to="MX"), country="US")
S.room("shipping", "cuanto demora a chile, bacán el pijama", Ship("days", to="CL"), country="CL")
S.desk("shipping", "Buenas, ¿el envío a Perú es gratis a partir de algún monto?", Ship("free", to="PE"))
S.room("shipping-city", "a Cali cuanto sale el envio", Ship("price", to="CO"), country="CO")
S.room("shipping-city", "y pa Valparaíso?", Ship("both", to="CL"), country="CL")
S.room("product-variant", "cuanto cuesta esta?", Product("MH-CER-01", facts=["€16"]), country="MX", showing="MH-CER-01")
S.room("product-variant", "la talla XL del pijama cuanto es", Product("MH-SLP-01", facts=["€125"]), country="ES")
S.room("product-variant", "tienen la vela de yuzu?", Product("MH-CND-01", judge="says yuzu is out of stock"), country="MX")
S.room("product-attribute", "cuantas horas dura la vela?", Product("MH-CND-01", facts=["45"]), country="MX",
       showing="MH-CND-01")
S.room("comparison", "qué es más barato, el té verde o el té blanco?", Product("MH-TEA-01", facts=["€22", "€38"],
       also=["MH-TEA-02"]), country="ES")
S.room("product-yes-no", "la bata es unisex?", Product("MH-SLP-02", yes=True), country="CO", showing="MH-SLP-02")
S.room("faq-casual", "cómo rastreo mi paquete?", Faq("tracking", facts=["3"]), country="MX")
S.room("faq-casual", "hacen envoltura de regalo? es pa mi mamá", Faq("gift-wrap", facts=["€3.50"]), country="MX")
S.room("two-in-one", "cuanto tarda a Lima y aceptan yape?", Both(Ship("days", to="PE"), PayNamed("yape")), country="PE")
S.desk("handoff", "quiero cambiar la dirección de mi pedido MH60021", Human())
S.room("payment-named-method", "aceptan PSE?", PayNamed("pse"), country="CO")
S.room("payment-named-method", "webpay se puede?", PayNamed("webpay"), country="CL")
S.crowd(["cuanto tarda el envio?", "en cuanto llega?", "cuantos dias tarda?", "cuanto demora?", "cuanto tarda en llegar?"],
        ["MX", "CO", "PE", "CL", "ES"], lambda c, cs: Ship("days", others=cs, room_names=True))
