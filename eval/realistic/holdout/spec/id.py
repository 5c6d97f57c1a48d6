# Indonesian: Indonesia mostly (gan, kak, min, ongkir, gk, brp), some Malaysia and Singapore.
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "ongkir brp kak?", Ship("price"), country="ID", showing="LL-BTY-0006")
S.desk("shipping", "min, pengiriman ke Indonesia berapa lama ya?", Ship("days", to="ID"))
S.room("shipping", "ada gratis ongkir gk? minimal belanja brp", Ship("free"), country="ID")
S.desk("shipping", "kalau pakai express berapa hari sampai? ongkirnya brp", Ship("express"), country="ID")
S.room("shipping", "kirim ke malaysia bisa? brp lama", Ship("days", to="MY"), country="MY")
S.desk("shipping", "ongkir sama estimasi sampai berapa hari gan?", Ship("both"), country="ID")

# ---- shipping-city
S.room("shipping-city", "kirim ke Surabaya berapa hari", Ship("days", to="ID"), country="ID")
S.desk("shipping-city", "ongkir ke Medan brp ya kak", Ship("price", to="ID"))
S.room("shipping-city", "aku di Jogja, sampainya kira2 brp hari?", Ship("days", to="ID"), country="ID")
S.desk("shipping-city", "bisa kirim ke Kuala Lumpur? ongkos kirimnya berapa", Ship("price", to="MY"))
S.room("shipping-city", "ke Makassar nyampe brp lama min? 🙏", Ship("days", to="ID"), country="ID")
S.desk("shipping-city", "mau kirim kado buat temen di Singapura, ongkirnya brp?", Ship("price", to="SG"),
       country="ID")
S.room("shipping-city", "Bandung ongkir brp kak, sama brp hari", Ship("both", to="ID"), country="ID")

# ---- no-country
S.desk("no-country", "bisa bayar pakai apa aja?", PayAnywhere())
S.desk("no-country", "kalau barangnya gk cocok bisa dikembalikan? berapa hari?", ReturnsAnywhere())
S.room("no-country", "bisa pake kartu kredit kak?", PayAnywhere())
S.desk("no-country", "bisa bayar pakai GCash ga?", PayNamed("gcash", anywhere=True))

# ---- customs
S.desk("customs", "nanti kena bea cukai gk kak? takut ditahan", Customs(), country="ID")
S.room("customs", "ada biaya pajak impor pas barang sampe?", Customs(), country="ID")
S.desk("customs", "kirim ke Malaysia ada cukai tambahan tak?", Customs(to="MY"), country="MY")

# ---- returns
S.desk("returns", "berapa hari batas pengembalian barang?", Returns("window"), country="ID")
S.room("returns", "kalau retur ongkirnya siapa yg bayar kak?", Returns("cost"), country="ID")
S.desk("returns", "refund nya berapa lama masuk setelah barang diterima?", Returns("refund"), country="ID")

# ---- returns-product
S.room("returns-product", "kalau udah dibuka dan dipake sekali bisa dikembalikan gk?", ReturnProduct("LL-BTY-0006"),
       country="ID", showing="LL-BTY-0006")
S.desk("returns-product", "beli hoodie Cloud kekecilan, bisa retur?", ReturnProduct("LL-APP-0003"), country="ID")
S.room("returns-product", "catokan nya udah aku coba, masih bisa return?", ReturnProduct("LL-BTY-0003"),
       country="MY", showing="LL-BTY-0003")

# ---- payment
S.desk("payment", "metode pembayaran apa aja yg tersedia?", Pay(), country="ID")
S.room("payment", "bayarnya bisa pakai apa kak?", Pay(count=2), country="ID", showing="LL-KIT-0011")
S.room("payment", "pembayaran utk Malaysia apa je?", Pay(), country="MY")

# ---- payment-named-method
S.room("payment-named-method", "bisa COD gk kak?", PayNamed("cod"), country="ID")
S.desk("payment-named-method", "bisa bayar pakai DANA?", PayNamed("dana"), country="ID")
S.room("payment-named-method", "gopay bisa?", PayUnknown("GoPay"), country="ID")
S.desk("payment-named-method", "bisa bayar pake OVO ga kak?", PayNamed("ovo"), country="ID")

# ---- product-attribute
S.room("product-attribute", "beratnya brp gram kak?", Product("LL-BTY-0002", ["360 g"]), country="ID",
       showing="LL-BTY-0002")
S.room("product-attribute", "baterainya tahan brp jam?", Product("LL-AUD-0005", ["10 h"]), country="ID",
       showing="LL-AUD-0005")
S.desk("product-attribute", "tumbler frost 600 kapasitasnya brp ml?", Product("LL-KIT-0011", ["600 ml"]),
       country="ID")
S.room("product-attribute", "powerbank nya brp mAh?", Product("LL-PHA-0005", ["10000 mAh"]), country="ID",
       showing="LL-PHA-0005")

# ---- product-yes-no
S.room("product-yes-no", "bisa dipake di 220v gk?", Product("LL-BTY-0002", ["100-240 V"], yes=True), country="ID",
       showing="LL-BTY-0002")
S.desk("product-yes-no", "earphone Air S2 ada noise cancelling nya?", Product("LL-AUD-0003", yes=True,
                                                                             judge="active noise cancelling"),
       country="ID")
S.room("product-yes-no", "anti air gk? buat hujan2an", Product("LL-APP-0007", ["10000 mm"], yes=True), country="ID",
       showing="LL-APP-0007")

# ---- product-variant
S.room("product-variant", "warna hijau ready kak?", Product("LL-BAG-0009", judge="says green is in stock"),
       country="ID", showing="LL-BAG-0009")
S.desk("product-variant", "kabel USB-C yang 2 meter harganya brp?", Product("LL-PHA-0012", ["$11.99"]), country="ID")
S.room("product-variant", "ukuran XL ada gk yg hitam?", Product("LL-APP-0006", judge="says black XL is out of stock"),
       country="ID", showing="LL-APP-0006")

# ---- comparison
S.desk("comparison", "bedanya PowerCore 10000 sama 20000 apa? brp harganya masing2",
       Product("LL-PHA-0006", ["$19.99", "$39.99"], also=["LL-PHA-0007"]), country="ID")
S.room("comparison", "mending ini apa Air S1? baterai lebih awet mana",
       Product("LL-AUD-0001", ["24 h", "28 h"], also=["LL-AUD-0002"]), country="ID", showing="LL-AUD-0001")

# ---- faq-casual
S.desk("faq-casual", "cara lacak paket gimana ya kak", Faq("tracking", ["2-3 days"]), country="ID")
S.room("faq-casual", "ori gk nih kak? takut KW", Faq("authenticity", judge="says genuine own brands"), country="ID")
S.desk("faq-casual", "barang dateng rusak, gimana dong 😭", Faq("damaged-item", ["7 days"]), country="ID")
S.desk("faq-casual", "garansinya brp lama?", Faq("warranty", ["12-24"]), country="ID")
S.room("faq-casual", "promo live nya sampe kapan kak?", Faq("live-deals", judge="says until the stream ends or the deal stock runs out"),
       country="ID")

# ---- two-in-one
S.room("two-in-one", "ongkir ke Bali brp terus bisa COD ga?", Both(Ship("price", to="ID"), PayNamed("cod")),
       country="ID")
S.desk("two-in-one", "brp lama ke Jakarta dan kalau gk cocok bisa dikembalikan brp hari?",
       Both(Ship("days", to="ID"), Returns("window", country="ID")), country="ID")
S.room("two-in-one", "harganya brp kak? stok masih ada?",
       Product("LL-KIT-0002", ["$29.99"], judge="also says it is in stock"), country="ID", showing="LL-KIT-0002")

# ---- chatter
S.room("chatter", "wkwkwkwk", Chatter(), country="ID")
S.room("chatter", [("ongkir ke Semarang brp?", Ship("price", to="ID")), ("oke makasih kak 🙏", Chatter())],
       country="ID")
S.desk("chatter", [("retur brp hari?", Returns("window")), ("sip, makasih min", Chatter())], country="ID")
S.room("chatter", [("host", "Halo semuanya! Yuk kita lanjut ke produk berikutnya ya", Chatter()),
                   ("cakep bgt 😍", Chatter())], country="ID", showing="LL-BAG-0007")
S.room("chatter", "hadir kak 🙋‍♀️", Chatter(), country="ID")

# ---- handoff
S.desk("handoff", "pesanan saya nomor 66102 kok belum sampe ya", Human("order_status"), country="ID")
S.room("handoff", "bisa connect ke TV gk kak?", Product("LL-AUD-0005", missing=True), country="ID",
       showing="LL-AUD-0005")
S.desk("handoff", "mau ngomong sama admin orang beneran", Human("handoff"), country="ID")

# ---- cross-country-room
S.crowd("ongkir brp kak?", ["ID", "MY", "SG", "PH", "NL"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-BTY-0006")
S.crowd("bisa bayar pakai apa aja?", ["ID", "MY", "SG", "TH", "JP"], lambda c, all_: Pay())
