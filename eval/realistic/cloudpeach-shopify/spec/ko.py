# cloudpeach-shopify set, Korean: product questions over the Shopify export (English titles, specs in the body).
from dsl import *  # noqa: F401,F403

S.room("product-attribute", "배터리 몇 mAh에요?", Product("halo-8-led-makeup-mirror", facts=["2000 mAh"]), country="KR",
       showing="halo-8-led-makeup-mirror")
S.room("product-attribute", "자동 꺼짐 있어요? 몇 분?", Product("cordless-auto-hair-curler", facts=["10 minutes"]),
       country="KR", showing="cordless-auto-hair-curler")
S.desk("product-attribute", "선크림 내수성 몇 분이에요?", Product("airy-sun-fluid-spf50", facts=["80 minutes"]))
S.room("product-yes-no", "알코올 프리에요?", Product("rice-water-toner", yes=True), country="KR", showing="rice-water-toner")
S.room("product-yes-no", "리필 들어있어요?", Product("skin-veil-cushion-spf35", yes=True), country="KR",
       showing="skin-veil-cushion-spf35")
S.room("product-variant", "13호 재고 있어요?", Product("skin-veil-cushion-spf35", judge="says 13 Porcelain is in stock"),
       country="KR", showing="skin-veil-cushion-spf35")
S.room("product-variant", "16 프로 라일락 있어요?", Product("mirror-phone-case-iphone", facts=["$14.90"],
       judge="says the iPhone 16 Pro Lilac is in stock"), country="KR", showing="mirror-phone-case-iphone")
S.room("product-variant", "펄 화이트 얼마에요?", Product("cordless-auto-hair-curler", facts=["$48.00"]), country="KR",
       showing="cordless-auto-hair-curler")
S.desk("product-variant", "립틴트 04 누드티 가격이 얼마예요?", Product("cloud-matte-lip-tint", facts=["$9.90"]))
S.room("comparison", "거울이랑 클렌징 브러시 중 배터리 큰 거?",
       Product("halo-8-led-makeup-mirror", also=["pure-2-sonic-cleansing-brush"], facts=["2000 mAh", "600 mAh"]),
       country="KR", showing="halo-8-led-makeup-mirror")
S.room("returns-product", "쿠션 개봉하면 반품 안 돼요?", ReturnProduct("skin-veil-cushion-spf35"), country="KR",
       showing="skin-veil-cushion-spf35")
