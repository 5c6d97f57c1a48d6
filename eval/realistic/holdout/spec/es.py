# Spanish: Mexico, Spain, Argentina, Colombia, Chile, Peru, Uruguay, Ecuador, US Latinos (Spanglish).
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "cuanto sale el envio??", Ship("price"), country="MX", showing="LL-AUD-0002")
S.desk("shipping", "Hola! cuánto tarda en llegar a España?", Ship("days", to="ES"))
S.room("shipping", "y el envio express cuanto cuesta? lo necesito ya 😅", Ship("express"), country="MX")
S.desk("shipping", "tienen envío gratis? a partir de cuánto?", Ship("free"), country="ES")
S.room("shipping", "a Argentina llega? cuánto demora che", Ship("days", to="AR"), country="AR")
S.desk("shipping", "qué onda, cuánto cobran de envío y cuántos días son", Ship("both"), country="MX")

# ---- shipping-city
S.room("shipping-city", "cuánto es el envío a Guadalajara?", Ship("price", to="MX"), country="MX")
S.desk("shipping-city", "envían a Medellín? cuántos días?", Ship("days", to="CO"))
S.room("shipping-city", "hola desde Sevilla!! cuánto tarda el envío?", Ship("days", to="ES"), country="ES")
S.desk("shipping-city", "how much es el shipping a Monterrey?", Ship("price", to="MX"), declare=True)
S.room("shipping-city", "llega a Lima? y cuánto cuesta?", Ship("both", to="PE"), country="PE")
S.desk("shipping-city", "quiero mandarlo a mi hermana en Miami, cuanto tarda", Ship("days", to="US"), country="MX")
S.room("shipping-city", "Montevideo cuanto sale el envío?", Ship("price", to="UY"), country="UY")

# ---- no-country
S.desk("no-country", "qué formas de pago tienen?", PayAnywhere())
S.desk("no-country", "cuántos días tengo para devolver algo?", ReturnsAnywhere())
S.room("no-country", "se puede pagar en OXXO?", PayNamed("oxxo", anywhere=True))
S.desk("no-country", "aceptan tarjeta de crédito?", PayAnywhere())

# ---- customs
S.desk("customs", "voy a tener que pagar aduana o impuestos al recibirlo?", Customs(), country="MX")
S.room("customs", "para Chile piden el RUT? o algo de aduana?", Customs(facts=["RUT"]), country="CL")
S.desk("customs", "El IVA está incluido o me cobran en la entrega? Vivo en Valladolid", Customs(to="ES"), country="ES")
S.room("customs", "a Colombia hay que pagar impuestos de importación?", Customs(to="CO"), country="CO")

# ---- returns
S.desk("returns", "cuál es el plazo para devolver?", Returns("window"), country="ES")
S.room("returns", "si no me gusta lo puedo regresar? cuántos días tengo?", Returns("window"), country="MX")
S.desk("returns", "cuándo me devuelven la plata si lo mando de vuelta?", Returns("refund"), country="AR")
S.room("returns", "la devolución es gratis o la pago yo?", Returns("cost"), country="ES")

# ---- returns-product
S.room("returns-product", "si la abro y la uso una vez y no me convence, la puedo devolver?",
       ReturnProduct("LL-BTY-0004"), country="MX", showing="LL-BTY-0004")
S.desk("returns-product", "compré la mochila Commuter y no me cabe la laptop, se puede devolver?",
       ReturnProduct("LL-BAG-0001"), country="ES")
S.room("returns-product", "la mascarilla LED ya la probé, la puedo devolver??", ReturnProduct("LL-BTY-0009"),
       country="CO", showing="LL-BTY-0009")

# ---- payment
S.desk("payment", "cómo puedo pagar?", Pay(), country="MX")
S.room("payment", "qué medios de pago hay para Colombia?", Pay(), country="CO")
S.room("payment", "formas de pago en España?", Pay(), country="ES")

# ---- payment-named-method
S.room("payment-named-method", "aceptan mercado pago?", PayNamed("mercado-pago"), country="AR")
S.desk("payment-named-method", "¿Puedo pagar con PayPal?", PayNamed("paypal"), country="ES")
S.room("payment-named-method", "se puede en oxxo?", PayNamed("oxxo"), country="MX")
S.desk("payment-named-method", "puedo pagar con Bizum?", PayUnknown("Bizum"), country="ES")

# ---- product-attribute
S.room("product-attribute", "cuánto dura la batería de estos?", Product("LL-AUD-0002", ["7 h", "28 h"]),
       country="MX", showing="LL-AUD-0002")
S.room("product-attribute", "de qué material es el bolso?", Product("LL-BAG-0006", ["piel"]), country="ES",
       showing="LL-BAG-0006")
S.desk("product-attribute", "la licuadora portátil de cuánto es? cuántos ml?", Product("LL-KIT-0002", ["400 ml"]),
       country="CO")
S.room("product-attribute", "qué tan lejos llega la señal de los micros?", Product("LL-AUD-0014", ["200 m"]),
       country="MX", showing="LL-AUD-0014")

# ---- product-yes-no
S.room("product-yes-no", "se puede meter a la regadera?", Product("LL-BTY-0008", ["IPX7"], yes=True), country="MX",
       showing="LL-BTY-0008")
S.desk("product-yes-no", "la cámara de exterior aguanta la lluvia?", Product("LL-SMH-0008", ["IP66"], yes=True),
       country="CL")
S.room("product-yes-no", "sirve para Samsung S25 Ultra?", Product("LL-PHA-0010", ["Galaxy S25 Ultra"], yes=True),
       country="AR", showing="LL-PHA-0010")

# ---- product-variant
S.room("product-variant", "la tienen en talla M en negro?", Product("LL-APP-0003", judge="says black M is out of stock"),
       country="MX", showing="LL-APP-0003")
S.desk("product-variant", "el saco de dormir Nest en talla Long cuánto sale?", Product("LL-OUT-0005", ["$89.99"]),
       country="CL")
S.room("product-variant", "hay en rosa?", Product("LL-AUD-0009", judge="says pink is out of stock"), country="ES",
       showing="LL-AUD-0009")

# ---- comparison
S.desk("comparison", "cuál pesa menos, la Mag 5000 o la Mag 10000?", Product("LL-PHA-0004", ["110 g", "205 g"],
                                                                           also=["LL-PHA-0005"]), country="MX")
S.room("comparison", "este o el Boom 20? cuál suena más fuerte", Product("LL-AUD-0011", ["5 W", "20 W"],
                                                                     also=["LL-AUD-0012"]),
       country="CO", showing="LL-AUD-0011")

# ---- faq-casual
S.desk("faq-casual", "cómo rastreo mi paquete?", Faq("tracking", ["2-3 days"]), country="MX")
S.room("faq-casual", "son originales o son clones?", Faq("authenticity", judge="says yes, genuine own brands"),
       country="MX")
S.desk("faq-casual", "cómo pago en el oxxo? cuánto tiempo tengo?", Faq("oxxo", ["3"]), country="MX")
S.desk("faq-casual", "me llegó roto el pedido 😡 qué hago", Faq("damaged-item", ["7 days"]), country="AR")
S.room("faq-casual", "hacen precio por mayoreo?", Faq("wholesale", ["50"]), country="MX")

# ---- two-in-one
S.room("two-in-one", "cuánto tarda a Bogotá y puedo pagar con PSE?", Both(Ship("days", to="CO"), PayNamed("pse")),
       country="CO")
S.desk("two-in-one", "cuánto cuesta el envío a Madrid y si no me queda lo puedo devolver gratis?",
       Both(Ship("price", to="ES"), Returns("cost", country="ES")), country="ES")
S.room("two-in-one", "cuánto cuesta y cuánto pesa?", Product("LL-OUT-0013", ["$44.99", "890 g"]), country="MX",
       showing="LL-OUT-0013")

# ---- chatter
S.room("chatter", "jajajajaja", Chatter(), country="MX")
S.room("chatter", [("cuánto es el envío a CDMX?", Ship("price", to="MX")), ("ok gracias!!", Chatter())],
       country="MX")
S.desk("chatter", [("cuántos días para devolver?", Returns("window")), ("vale, gracias", Chatter())], country="ES")
S.room("chatter", [("host", "¡Bienvenidos todos! Ahorita les enseño el siguiente producto 🔥", Chatter()),
                   ("te amooo 😍😍", Chatter())], country="MX", showing="LL-BTY-0001")
S.room("chatter", "saludos desde Guadalajara!!! 👋", Chatter(), country="MX")

# ---- handoff
S.desk("handoff", "dónde está mi pedido #40921? ya pasaron 3 semanas", Human("order_status"), country="MX")
S.room("handoff", "sirve para el Xbox?", Product("LL-AUD-0008", missing=True), country="MX", showing="LL-AUD-0008")
S.desk("handoff", "tienen tienda física en Madrid?", Human(), country="ES")

# ---- cross-country-room
S.crowd("cuánto cuesta el envío?", ["MX", "ES", "AR", "CO", "US", "CL"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-AUD-0002")
S.crowd("qué formas de pago aceptan?", ["MX", "ES", "AR", "CO", "BR"], lambda c, all_: Pay())
