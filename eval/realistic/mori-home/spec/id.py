# mori-home set, Indonesian: Indonesia (J&T cheaper than the ASEAN rule, DANA/OVO, COD), Malaysia, Singapore;
# bahasa gaul, singkatan, campur Inggris.
from dsl import *  # noqa: F401,F403

S.room("shipping", "ongkir ke indo brp kak?", Ship("price", to="ID"), country="ID")
S.room("shipping", "berapa lama sampai kak? 🙏", Ship("days"), country="ID")
S.desk("shipping", "Halo, bisa kirim ke Malaysia? Berapa ongkir dan lama pengirimannya?", Ship("both", to="MY"))
S.room("shipping", "gratis ongkir min belanja brp?", Ship("free"), country="ID")
S.room("shipping", "ada pengiriman express ga kak?", NoExpress(), country="ID")
S.desk("shipping", "kirim ke singapore brp hari?", Ship("days", to="SG"))
S.room("shipping-city", "bisa kirim ke Surabaya? brp hari", Ship("days", to="ID"), country="ID")
S.desk("shipping-city", "aku di Medan kak, ongkirnya brp?", Ship("price", to="ID"))
S.room("shipping-city", "kirim ke bandung bisa? ongkir + estimasi", Ship("both", to="ID"), country="ID")
S.desk("shipping-city", "ke Kuala Lumpur berapa lama?", Ship("days", to="MY"))
S.room("shipping-city", "ongkir ke jkt brp", Ship("price", to="ID"), country="ID")
S.room("handoff", "bisa kirim ke Dili, Timor Leste?", NoShip("TL", others=["ID"]), country="TL")
S.desk("no-country", "bayarnya bisa pake apa aja?", PayAnywhere())
S.desk("no-country", "berapa hari bisa retur?", ReturnsAnywhere())
S.desk("no-country", "bisa bayar pake GrabPay ga?", PayNamed("grabpay", anywhere=True))
S.room("customs", "kena bea cukai ga kak?", Customs(facts=["bea cukai"]), country="ID")
S.desk("customs", "Kalau kirim ke Malaysia ada pajak impor yang harus dibayar waktu terima?", Customs(to="MY"))
S.room("returns", "kalo ga muat bisa retur ga? brp hari", Returns("window"), country="ID")
S.desk("returns", "Ongkir retur siapa yang bayar? Refund berapa lama?", Returns("cost+refund", country="ID"),
       country="ID", declare=True)
S.room("returns-product", "teh nya kalo udah dibuka bisa dikembalikan ga?", ReturnProduct("MH-TEA-01"), country="ID",
       showing="MH-TEA-01")
S.room("returns-product", "masker nya kalo udh dipake 1 bisa retur?", ReturnProduct("MH-SKN-01"), country="ID",
       showing="MH-SKN-01")
S.room("returns-product", "handuk nya bisa dikembalikan kalo warnanya beda?", ReturnProduct("MH-TWL-01"), country="MY",
       showing="MH-TWL-01")
S.room("payment", "bayar nya bisa pake apa kak", Pay(), country="ID")
S.room("payment", "payment utk malaysia apa aja?", Pay(), country="MY")
S.room("payment-named-method", "bisa COD ga kak?", PayNamed("cod"), country="ID")
S.room("payment-named-method", "bisa bayar pake OVO?", PayNamed("ovo"), country="ID")
S.room("payment-named-method", "bisa pake shopeepay?", PayUnknown("ShopeePay"), country="ID")
S.room("payment-named-method", "bisa COD ke KL?", PayNamed("cod"), country="MY")
S.room("payment-named-method", "transfer bank BCA bisa?", PayUnknown("BCA"), country="ID")
S.room("product-attribute", "bahannya apa kak?", Product("MH-LNG-01", facts=["viskosa bambu"]), country="ID",
       showing="MH-LNG-01")
S.room("product-attribute", "ukuran sarung bantalnya brp cm?", Product("MH-BED-04", facts=["50x75 cm"]), country="ID",
       showing="MH-BED-04")
S.desk("product-attribute", "Isi masker nya berapa lembar?", Product("MH-SKN-01", facts=["10"]))
S.room("product-yes-no", "maskernya vegan ga kak?", Product("MH-SKN-01", yes=True), country="ID", showing="MH-SKN-01")
S.room("product-yes-no", "mug nya bisa masuk microwave?", Product("MH-CER-01", yes=True), country="ID", showing="MH-CER-01")
S.room("product-yes-no", "cocok buat kulit sensitif ga?", Product("MH-SKN-01", facts=["semua jenis kulit"],
       judge="says it is for all skin types"), country="ID", showing="MH-SKN-01")
S.room("product-variant", "yg XXL abu2 ada?", Product("MH-LNG-01", judge="says XXL heather grey is out of stock"),
       country="ID", showing="MH-LNG-01")
S.room("product-variant", "warna navy size L ready kak?", Product("MH-LNG-01", judge="says L navy is in stock"),
       country="ID", showing="MH-LNG-01")
S.room("product-variant", "harga yg 240 cm brp?", Product("MH-DEC-01", facts=["€34"]), country="ID", showing="MH-DEC-01")
S.room("comparison", "bagusan mana sarung bantal sutra sama linen kak?", Product("MH-BED-04", also=["MH-BED-02"],
       judge="compares silk and linen pillowcases from their listings"), country="ID")
S.room("faq-casual", "ini sutra asli kak?", Faq("real-silk", judge="says yes, 100% mulberry silk"), country="ID")
S.desk("faq-casual", "mug nya pecah pas nyampe 😭", Faq("broken", facts=["48"]))
S.room("faq-casual", "cara lacak paketnya gmn?", Faq("tracking", facts=["3"]), country="ID")
S.room("faq-casual", "warna yg sold out kapan restock?", Faq("restock", facts=["3-4"]), country="ID")
S.room("two-in-one", "ongkir ke bali brp, bisa COD?", Both(Ship("price", to="ID"), PayNamed("cod")), country="ID")
S.desk("two-in-one", "Berapa lama ke Jakarta dan berapa hari bisa retur?", Both(Ship("days", to="ID"),
       Returns("window", country="ID")))
S.room("chatter", "wkwkwk lucu bgt 😍", Chatter(), country="ID")
S.room("chatter", [("host", "oke guys sekarang kita lihat handuknya", Chatter()), ("mantap kak 🔥", Chatter())], country="ID")
S.desk("chatter", [("ongkir ke indonesia brp?", Ship("price", to="ID")), ("oke makasih kak", Chatter())])
S.room("chatter", "salam dari Makassar kak 👋", Chatter(), country="ID")
S.desk("handoff", "pesanan saya #MH88120 belum sampai, udah 3 minggu", Human("order_status"))
S.room("handoff", "mau ngomong sama admin dong", Human(), country="ID")
S.desk("handoff", "kak aku mau ganti alamat kirim utk pesanan kemarin, gmn?", Human())
S.crowd("ongkir brp kak?", ["ID", "MY", "SG", "PH", "TH"], lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch
S.room("shipping", "ongkir ke malaysia brp ya", Ship("price", to="MY"), country="MY")
S.room("shipping", "brp lama nyampe indo kak 🙏🙏", Ship("days", to="ID"), country="ID")
S.desk("shipping", "Min belanja berapa biar gratis ongkir ke Indonesia?", Ship("free", to="ID"))
S.room("shipping-city", "kirim ke jogja brp hari", Ship("days", to="ID"), country="ID")
S.room("shipping-city", "ke Penang ongkirnya brp?", Ship("price", to="MY"), country="MY")
S.room("product-variant", "ini harganya brp kak?", Product("MH-TWL-01", facts=["€19"]), country="ID", showing="MH-TWL-01")
S.room("product-variant", "yg king size brp kak", Product("MH-BED-03", facts=["€99"]), country="ID", showing="MH-BED-03")
S.room("product-variant", "warna moss masih ada?", Product("MH-TWL-01", judge="says moss is in stock"), country="ID",
       showing="MH-TWL-01")
S.room("product-attribute", "lilinnya tahan brp jam?", Product("MH-CND-01", facts=["45"]), country="ID", showing="MH-CND-01")
S.room("comparison", "lebih murah mana handuk waffle atau set handuk turki?", Product("MH-TWL-01", facts=["€19", "€45"],
       also=["MH-TWL-02"]), country="ID")
S.room("product-yes-no", "maskernya ada pewangi ga?", Product("MH-SKN-01", yes=False, judge="it is fragrance-free"),
       country="ID", showing="MH-SKN-01")
S.room("faq-casual", "pesanan dikirim kapan kak setelah bayar?", Faq("dispatch", facts=["2"]), country="ID")
S.room("faq-casual", "kapan restock warna yg habis?", Faq("restock", facts=["3-4"]), country="ID")
S.room("two-in-one", "ke manila brp hari, bisa gcash?", Both(Ship("days", to="PH"), PayNamed("gcash")), country="PH",
       lang="id")
S.desk("handoff", "kak paket MH88451 katanya udah sampai tapi aku belum terima", Human("order_status"))
S.room("payment-named-method", "bisa bayar pake DANA?", PayNamed("dana"), country="ID")
S.room("payment-named-method", "bisa pake gopay?", PayUnknown("GoPay"), country="ID")
S.crowd("brp lama pengirimannya?", ["ID", "MY", "SG", "PH", "TH"], lambda c, cs: Ship("days", others=cs, room_names=True))
