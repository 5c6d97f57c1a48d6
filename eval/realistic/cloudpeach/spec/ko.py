# cloudpeach set, Korean. Written by the outsider2 stream: Korea (live-commerce chat: ㅋㅋ, ㅠㅠ, 배송비 얼마에요,
# 몇일, 재고 있나요, 호수, 개통/통관부호 worries, 카카오페이/네이버페이 which the store does not take), cities (부산,
# 대구, 제주, 인천), and Koreans in Japan or the US.
from dsl import *  # noqa: F401,F403

# shipping
S.room("shipping", "배송 며칠 걸려요?", Ship("days"), country="KR")
S.room("shipping", "배송비 얼마에요?", Ship("price"), country="KR")
S.desk("shipping", "한국으로 배송 되나요? 배송비랑 기간 알려주세요", Ship("both", to="KR"))
S.room("shipping", "무료배송 얼마부터에요?", Ship("free"), country="KR")
S.room("shipping", "빠른배송 있나요? 급해요ㅠㅠ", NoExpress(), country="KR")
S.room("shipping", "미국으로도 보내주세요? 며칠?", Ship("days", to="US"), country="US")
S.desk("shipping", "일본 배송비 얼마예요", Ship("price", to="JP"))
S.room("shipping", "호주 배송 가능해요?", NoShip("AU", others=["KR", "US"]), country="AU")
# cities
S.room("shipping-city", "부산까지 며칠 걸려요?", Ship("days", to="KR"), country="KR")
S.desk("shipping-city", "제주도 배송비 얼마인가요?", Ship("price", to="KR"))
S.room("shipping-city", "대구 배송 되나요?", Ship("both", to="KR"), country="KR")
S.room("shipping-city", "인천 며칠이면 와요", Ship("days", to="KR"), country="KR")
S.desk("shipping-city", "도쿄 사는데 배송비 얼마에요?", Ship("price", to="JP"))
S.room("shipping-city", "LA로 보내면 며칠?", Ship("days", to="US"), country="US")
# no country
S.desk("no-country", "결제 방법 뭐 있어요?", PayAnywhere())
S.desk("no-country", "반품 규정이 어떻게 되나요?", ReturnsAnywhere())
S.desk("no-country", "페이코 되나요?", PayNamed("payco", anywhere=True))
# customs
S.room("customs", "관세 나오나요?", Customs(facts=["150"]), country="KR")
S.desk("customs", "통관부호 필요한가요?", Customs(to="KR", facts=["개인통관고유부호"]), country="KR", declare=True)
S.room("customs", "일본으로 보내면 세금 따로 내요?", Customs(to="JP"), country="JP")
# returns
S.room("returns", "반품 며칠 안에 해야돼요?", Returns("window"), country="KR")
S.desk("returns", "반품하면 배송비 누가 내요? 환불은 며칠 걸려요?", Returns("cost+refund", country="KR"),
       country="KR", declare=True)
S.room("returns", "환불 얼마나 걸려요", Returns("refund"), country="KR")
S.room("returns-product", "향수 개봉하면 반품 안돼요?", ReturnProduct("CP-FRG-01"), country="KR",
       showing="CP-FRG-01")
S.room("returns-product", "이 고데기 마음에 안들면 반품 되나요?", ReturnProduct("CP-DEV-05"), country="KR",
       showing="CP-DEV-05")
S.desk("returns-product", "쿠션 뜯었는데 호수가 안 맞아요. 반품 되나요?",
       ReturnProduct("CP-MKP-02", country="KR"), country="KR", declare=True)
S.room("returns-product", "브러시 세트는 반품 가능해요?", ReturnProduct("CP-ACC-02"), country="US",
       showing="CP-ACC-02")
# payment
S.room("payment", "결제 뭐로 해요?", Pay(), country="KR")
S.desk("payment", "미국에서는 어떤 결제수단 쓸 수 있어요?", Pay(country="US"))
S.room("payment", "카드 말고 다른 결제 있어요?", Pay(), country="KR")
S.room("payment-named-method", "카카오페이 돼요?", PayUnknown("카카오페이"), country="KR")
S.room("payment-named-method", "네이버페이 되나요", PayUnknown("네이버페이"), country="KR")
S.room("payment-named-method", "페이코 결제 가능?", PayNamed("payco"), country="KR")
S.desk("payment-named-method", "한국에서 페이팔 돼요?", PayNamed("paypal", country="KR"))
S.room("payment-named-method", "애플페이 되나요?", PayNamed("apple-pay"), country="KR")
# products
S.room("product-attribute", "용량 몇 ml에요?", Product("CP-SKN-04", facts=["100 ml"]), country="KR",
       showing="CP-SKN-04")
S.room("product-attribute", "배터리 몇 시간 가요?", Product("CP-DEV-04", facts=["5 hours"]), country="KR",
       showing="CP-DEV-04")
S.room("product-attribute", "몇 와트에요?", Product("CP-DEV-05", facts=["25 W"]), country="KR", showing="CP-DEV-05")
S.desk("product-attribute", "쿠션 용량이 몇 그램인가요?", Product("CP-MKP-02", facts=["15 g"]))
S.room("product-attribute", "강도 몇 단계에요?", Product("CP-DEV-03", facts=["5"]), country="KR", showing="CP-DEV-03")
S.room("product-yes-no", "백탁 있어요?", Product("CP-SKN-03", yes=False), country="KR", showing="CP-SKN-03")
S.room("product-yes-no", "리필 포함인가요?", Product("CP-MKP-02", yes=True), country="KR", showing="CP-MKP-02")
S.room("product-yes-no", "방수 되나요?", Product("CP-DEV-01", yes=True, facts=["IPX7"]), country="KR",
       showing="CP-DEV-01")
S.room("product-yes-no", "비건이에요?", Product("CP-SKN-04", yes=False), country="KR", showing="CP-SKN-04")
S.desk("product-yes-no", "미세전류 기기 임산부도 써도 되나요?", Product("CP-DEV-03", yes=False))
S.room("product-variant", "23호 재고 있나요?", Product("CP-MKP-02", judge="says 23 Sand is in stock"),
       country="KR", showing="CP-MKP-02")
S.room("product-variant", "35호 품절이에요?", Product("CP-MKP-02",
       judge="says 35 Mocha is out of stock but can still be ordered"), country="KR", showing="CP-MKP-02")
S.room("product-variant", "여행용 20ml 얼마에요?", Product("CP-SKN-03", facts=["$8.90"]), country="KR",
       showing="CP-SKN-03")
S.desk("product-variant", "아이폰 16 프로 케이스 가격이 얼마예요?", Product("CP-ACC-01", facts=["$14.90"]))
S.room("comparison", "비타민C 세럼이랑 레티날 세럼 차이가 뭐에요?",
       Product("CP-SKN-02", also=["CP-SKN-06"], judge="compares 15% vitamin C with 0.05% retinal"), country="KR")
S.desk("comparison", "쿠션이랑 선크림 중에 SPF 뭐가 더 높아요?",
       Product("CP-MKP-02", also=["CP-SKN-03"], facts=["35", "50+"]))
# faq
S.room("faq-casual", "정품 맞아요?", Faq("authentic", facts=["ISO 22716"]), country="KR")
S.desk("faq-casual", "배송조회 어떻게 해요?", Faq("tracking", facts=["17track"]))
S.room("faq-casual", "샘플 주나요? 🥹", Faq("samples", facts=["30"]), country="KR")
S.room("faq-casual", "호수 추천해주실 수 있어요?", Faq("shade-match", facts=["24"]), country="KR")
S.desk("faq-casual", "토너가 새서 왔어요ㅠㅠ", Faq("damaged", judge="says to send a photo within 72 hours for a free replacement or refund"))
# two in one
S.room("two-in-one", "배송비 얼마고 며칠 걸려요?", Ship("both"), country="KR")
S.desk("two-in-one", "서울까지 며칠이고 반품 기간은 어떻게 돼요?",
       Both(Ship("days", to="KR"), Returns("window", country="KR")))
S.room("two-in-one", "배송비랑 관세 얼마나 나와요?", Both(Ship("price"), Customs(facts=["150"])), country="KR")
# chatter
S.room("chatter", "ㅋㅋㅋㅋㅋ 귀여워", Chatter(), country="KR")
S.room("chatter", [("host", "자 이제 쿠션 보여드릴게요~", Chatter()), ("오예 👏", Chatter())], country="KR")
S.desk("chatter", [("한국까지 며칠 걸려요?", Ship("days", to="KR")), ("네 감사합니다!", Chatter())])
S.room("chatter", "언니 오늘 너무 예뻐요 💕", Chatter(), country="KR")
# handoff
S.desk("handoff", "주문번호 CP70034 아직 안 왔어요 어디쯤이에요?", Human("order_status"))
S.room("handoff", "상담원 연결해주세요", Human(), country="KR")
S.desk("handoff", "고데기에 파우치 같이 와요?", Product("CP-DEV-06", missing=True))
# rooms of several countries
S.crowd("배송비 얼마에요?", ["KR", "JP", "US", "TW", "HK"], lambda c, cs: Ship("price", others=cs, room_names=True))
S.crowd("며칠 걸려요?", ["KR", "JP", "US", "CA", "SG"], lambda c, cs: Ship("days", others=cs, room_names=True))
