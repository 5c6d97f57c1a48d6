# cloudpeach set, Indonesian. Written by the outsider2 stream: Indonesia above all (kak, gan, min, brp, gk, bgt,
# ongkir, COD, BPOM, halal, "ready?", "spill"), Malaysians writing Malay-ish Indonesian, cities (Surabaya, Medan,
# Bandung, Makassar, Kuala Lumpur), English mixed in.
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "brp lama pengiriman kak?", Ship("days"), country="ID")
S.room("shipping", "ongkirnya brp min?", Ship("price"), country="ID")
S.desk("shipping", "Halo kak, bisa kirim ke Malaysia? Ongkir dan berapa lama?", Ship("both", to="MY"))
S.room("shipping", "gratis ongkir minimal belanja brp?", Ship("free"), country="ID")
S.room("shipping", "ada pengiriman express gk kak? butuh cepet", Ship("express"), country="ID")
S.room("shipping", "kirim ke singapore brp hari", Ship("days", to="SG"), country="SG")
S.desk("shipping", "ada yg paling murah ongkirnya gk? yg economy gitu", Ship("price", to="ID"))
S.room("shipping", "bisa kirim ke timor leste?", NoShip("TL", others=["ID"]), country="TL")
# cities
S.room("shipping-city", "kirim ke Surabaya brp hari kak?", Ship("days", to="ID"), country="ID")
S.desk("shipping-city", "Ongkir ke Medan berapa?", Ship("price", to="ID"))
S.room("shipping-city", "bandung bisa? 🙏", Ship("both", to="ID"), country="ID")
S.room("shipping-city", "ke makassar brp lama ya", Ship("days", to="ID"), country="ID")
S.desk("shipping-city", "Saya di Kuala Lumpur, ongkir berapa ya?", Ship("price", to="MY"))
S.room("shipping-city", "kirim ke davao bisa?", Ship("both", to="PH"), country="PH")
# no country
S.desk("no-country", "bisa bayar pake apa aja?", PayAnywhere())
S.desk("no-country", "kebijakan retur gimana?", ReturnsAnywhere())
S.desk("no-country", "bisa bayar pake GCash?", PayNamed("gcash", anywhere=True))
# customs
S.room("customs", "kena bea cukai gk kak? 😭", Customs(facts=["BPOM"]), country="ID")
S.desk("customs", "Ada pajak tambahan pas paket sampai di Indonesia?", Customs(to="ID", facts=["PPN"]))
S.room("customs", "nanti bayar pajak lagi gk pas sampe malaysia", Customs(), country="MY")
# returns
S.room("returns", "bisa retur gk kalo gk cocok?", Returns("window"), country="ID")
S.desk("returns", "Kalau retur, ongkir balik siapa yg bayar? Refund brp lama?", Returns("cost+refund", country="ID"),
       country="ID", declare=True)
S.room("returns", "brp hari bisa return?", Returns("window"), country="MY")
S.room("returns-product", "kalo udah dibuka serumnya bisa diretur gk?", ReturnProduct("CP-SKN-02"), country="ID",
       showing="CP-SKN-02")
S.room("returns-product", "alat ini bisa diretur kalo gk cocok?", ReturnProduct("CP-DEV-03"), country="ID",
       showing="CP-DEV-03")
S.desk("returns-product", "Lip tint sudah saya buka, warnanya gak cocok, bisa retur?",
       ReturnProduct("CP-MKP-01", country="ID"), country="ID", declare=True)
S.room("returns-product", "kalau tas kosmetiknya bisa dikembalikan?", ReturnProduct("CP-ACC-03"), country="MY",
       showing="CP-ACC-03")
# payment
S.room("payment", "bayarnya bisa pake apa kak?", Pay(), country="ID")
S.desk("payment", "Metode pembayaran untuk Malaysia apa saja?", Pay(country="MY"))
S.room("payment", "bayar pake apa aja di thailand?", Pay(), country="TH")
S.room("payment-named-method", "bisa COD gk kak?", PayNamed("cod"), country="ID")
S.room("payment-named-method", "bisa pake gopay?", PayNamed("gopay"), country="ID")
S.room("payment-named-method", "ovo bisa?", PayUnknown("OVO"), country="ID")
S.desk("payment-named-method", "Bisa bayar pakai ShopeePay di Vietnam?", PayNamed("shopeepay", country="VN"))
S.room("payment-named-method", "qris ada?", PayNamed("qris"), country="ID")
# products
S.room("product-attribute", "isinya brp ml kak?", Product("CP-SKN-02", facts=["30 ml"]), country="ID",
       showing="CP-SKN-02")
S.room("product-attribute", "baterainya tahan brp lama?", Product("CP-DEV-06", facts=["40 minutes"]), country="ID",
       showing="CP-DEV-06")
S.room("product-attribute", "spf nya brp?", Product("CP-SKN-03", facts=["50+"]), country="ID", showing="CP-SKN-03")
S.desk("product-attribute", "Kapasitas baterai cermin Halo berapa mAh?", Product("CP-DEV-04", facts=["2000 mAh"]))
S.room("product-attribute", "cocok buat kulit apa kak?", Product("CP-SKN-02", facts=["berminyak"]), country="ID",
       showing="CP-SKN-02")
S.room("product-yes-no", "udah halal blm kak?", Product("CP-SKN-02", yes=True), country="ID", showing="CP-SKN-02")
S.room("product-yes-no", "ini halal gk?", Product("CP-SKN-01", yes=False), country="ID", showing="CP-SKN-01")
S.room("product-yes-no", "waterproof gk?", Product("CP-DEV-01", yes=True, facts=["IPX7"]), country="ID",
       showing="CP-DEV-01")
S.room("product-yes-no", "aman buat bumil gk?", Product("CP-SKN-06", yes=False), country="MY", showing="CP-SKN-06")
S.desk("product-yes-no", "Essence snail mucin itu vegan ga?", Product("CP-SKN-04", yes=False))
S.room("product-variant", "shade 21 ready kak?", Product("CP-MKP-02", judge="says 21 Ivory is in stock"),
       country="ID", showing="CP-MKP-02")
S.room("product-variant", "yg 20 ml brp harganya?", Product("CP-SKN-03", facts=["$8.90"]), country="ID",
       showing="CP-SKN-03")
S.room("product-variant", "warna mint ada?", Product("CP-DEV-01", judge="says mint is out of stock"), country="ID",
       showing="CP-DEV-01")
S.desk("product-variant", "Lip tint 03 Cherry Cola harganya berapa?", Product("CP-MKP-01", facts=["$11.90"]))
S.room("comparison", "bagusan mana serum vit c sama serum retinal?",
       Product("CP-SKN-02", also=["CP-SKN-06"], judge="compares 15% vitamin C with 0.05% retinal, without choosing for the asker beyond the facts"),
       country="ID")
S.desk("comparison", "Beda catokan mini sama catok curly otomatis apa?",
       Product("CP-DEV-05", also=["CP-DEV-06"], judge="compares the flat iron (25 W, 20 mm plates) with the cordless curler (5000 mAh, 25 mm barrel)"))
# faq
S.room("faq-casual", "ori gk kak? takut kw 😅", Faq("authentic", facts=["ISO 22716"]), country="ID")
S.desk("faq-casual", "paket dtg tonernya bocor 😭", Faq("damaged", judge="says to send a photo within 72 hours for a free replacement or refund"))
S.room("faq-casual", "kapan dikirim kak? udh transfer", Faq("dispatch", facts=["1-3"]), country="ID")
S.room("faq-casual", "cod ada biaya tambahan gk?", Faq("cod-fee", facts=["2"]), country="ID")
S.room("faq-casual", "dapet free sample gk?", Faq("samples", facts=["$30"]), country="ID")
S.desk("faq-casual", "produknya halal semua?", Faq("halal", judge="says only some products are halal certified and names them"))
# two in one
S.room("two-in-one", "ongkir ke jakarta brp? bisa cod?", Both(Ship("price", to="ID"), PayNamed("cod")), country="ID")
S.desk("two-in-one", "Kirim ke Johor Bahru brp hari, bisa bayar Touch n Go?",
       Both(Ship("days", to="MY"), PayNamed("tng", country="MY")))
S.room("two-in-one", "brp lama sampe dan bisa retur gk?", Both(Ship("days"), Returns("window")), country="ID")
# chatter
S.room("chatter", "wkwkwk lucu bgt 😍", Chatter(), country="ID")
S.room("chatter", [("host", "oke guys sekarang kita liat cushion nya ya!", Chatter()), ("gasss 🔥", Chatter())],
       country="ID")
S.desk("chatter", [("kirim ke indonesia brp hari?", Ship("days", to="ID")), ("oke makasih kak", Chatter())])
S.room("chatter", "hadir kak dari bekasi 🙋‍♀️", Chatter(), country="ID")
# handoff
S.desk("handoff", "pesanan aku CP33871 kok blm sampe2 udh 3 minggu", Human("order_status"))
S.room("handoff", "mau ngobrol sama admin dong", Human(), country="ID")
S.desk("handoff", "catok curly dapet pouch gk?", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("ongkir brp?", ["ID", "MY", "SG", "PH", "TH"], lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("brp lama sampe?", ["ID", "MY", "PH", "VN", "AE"], lambda c, cs: Ship("days", others=cs, room_names=True))
