# Korean: Korea mostly (무배, 며칠, ㅋㅋ, 되나요?), some Koreans abroad (US, Japan, Canada).
from dsl import *  # noqa: F401,F403

# ---- shipping
S.room("shipping", "배송 얼마에요?", Ship("price"), country="KR", showing="LL-BTY-0007")
S.desk("shipping", "한국까지 배송 며칠 걸려요?", Ship("days", to="KR"))
S.room("shipping", "무배 얼마부터에요??", Ship("free"), country="KR")
S.desk("shipping", "특급배송은 며칠이고 얼마예요?", Ship("express"), country="KR")
S.room("shipping", "배송비랑 배송기간 알려주세요", Ship("both"), country="KR")
S.desk("shipping", "일본에 있는 동생한테 보내려는데 배송비 얼마예요?", Ship("price", to="JP"), country="KR")

# ---- shipping-city
S.room("shipping-city", "부산까지 며칠 걸려요?", Ship("days", to="KR"), country="KR")
S.desk("shipping-city", "제주도도 배송되나요? 배송비 추가 있어요?", Ship("price", to="KR"))
S.room("shipping-city", "대구 사는데 언제쯤 와요?", Ship("days", to="KR"), country="KR")
S.desk("shipping-city", "LA로 보내면 배송 며칠이에요?", Ship("days", to="US"))
S.room("shipping-city", "서울 배송비 얼마임?", Ship("price", to="KR"), country="KR")
S.desk("shipping-city", "밴쿠버로 배송 가능해요? 얼마나 걸려요", Ship("days", to="CA"))
S.room("shipping-city", "뮌헨까지 며칠 걸려요? 유학 중이에요", Ship("days", to="DE"), country="DE")

# ---- no-country
S.desk("no-country", "결제 수단 뭐뭐 있어요?", PayAnywhere())
S.desk("no-country", "반품 기간이 며칠이에요?", ReturnsAnywhere())
S.room("no-country", "카드 결제 되나요?", PayAnywhere())
S.desk("no-country", "카카오페이 돼요?", PayNamed("kakaopay", anywhere=True))

# ---- customs
S.desk("customs", "관세 따로 내야 돼요?", Customs(), country="KR")
S.room("customs", "개인통관고유부호 필요해요?", Customs(facts=["개인통관고유부호"]), country="KR")
S.desk("customs", "미국으로 보내면 관세 내야 하나요?", Customs(to="US"), country="KR")

# ---- returns
S.desk("returns", "반품 며칠 안에 해야 돼요?", Returns("window"), country="KR")
S.room("returns", "단순변심 반품비는 누가 내요?", Returns("cost"), country="KR")
S.desk("returns", "환불은 언제 들어와요?", Returns("refund"), country="KR")
S.room("returns", "사이즈 안 맞으면 반품 가능?", Returns("window"), country="KR", showing="LL-APP-0010")

# ---- returns-product
S.room("returns-product", "이거 뜯어서 한번 써봤는데 반품 돼요?", ReturnProduct("LL-BTY-0010"), country="KR",
       showing="LL-BTY-0010")
S.desk("returns-product", "여행 백팩 Transit 30L 마음에 안 들면 반품 되나요?", ReturnProduct("LL-BAG-0002"),
       country="KR")
S.room("returns-product", "고데기 개봉했는데 환불 가능해요?", ReturnProduct("LL-BTY-0004"), country="KR",
       showing="LL-BTY-0004")

# ---- payment
S.desk("payment", "결제 방법 뭐 있어요?", Pay(count=2), country="KR")
S.room("payment", "어떻게 결제해요?", Pay(), country="KR", showing="LL-SMH-0007")
S.room("payment", "미국에서 결제는 뭐로 해요?", Pay(country="US"), country="US", lang="ko")

# ---- payment-named-method
S.room("payment-named-method", "네이버페이 되나요?", PayNamed("naverpay"), country="KR")
S.desk("payment-named-method", "토스페이 결제 가능해요?", PayUnknown("토스페이"), country="KR")
S.room("payment-named-method", "페이팔 돼요?", PayNamed("paypal"), country="KR")
S.desk("payment-named-method", "무통장입금 되나요?", PayUnknown("무통장입금"), country="KR")

# ---- product-attribute
S.room("product-attribute", "이거 무게 얼마나 돼요?", Product("LL-BTY-0007", ["420 g"]), country="KR",
       showing="LL-BTY-0007")
S.room("product-attribute", "몇 와트예요?", Product("LL-BTY-0016", ["48 W"]), country="KR", showing="LL-BTY-0016")
S.desk("product-attribute", "카메라 P2 해상도가 어떻게 돼요?", Product("LL-SMH-0007", ["2304 × 1296"]), country="KR")
S.room("product-attribute", "배터리 얼마나 가요?", Product("LL-AUD-0006", ["10 h"]), country="KR",
       showing="LL-AUD-0006")

# ---- product-yes-no
S.room("product-yes-no", "방수 돼요?", Product("LL-AUD-0007", ["IPX6"], yes=True), country="KR", showing="LL-AUD-0007")
S.desk("product-yes-no", "Air Pro 3 무선충전 되나요?", Product("LL-AUD-0004", yes=True, judge="wireless charging case"),
       country="KR")
S.room("product-yes-no", "KC 인증 있어요?", Product("LL-PHA-0001", ["KC"], yes=True), country="KR",
       showing="LL-PHA-0001")

# ---- product-variant
S.room("product-variant", "네이비 있어요?", Product("LL-AUD-0004", judge="says navy is in stock"), country="KR",
       showing="LL-AUD-0004")
S.desk("product-variant", "침낭 롱 사이즈는 얼마예요?", Product("LL-OUT-0005", ["$89.99"]), country="KR")
S.room("product-variant", "L 사이즈 블랙 재고 있나요?", Product("LL-APP-0010", judge="says black L is out of stock"),
       country="KR", showing="LL-APP-0010")

# ---- comparison
S.desk("comparison", "Air S1이랑 Air S2 차이가 뭐예요? 가격은요?", Product("LL-AUD-0002", ["$29.99", "$49.99"],
                                                                   also=["LL-AUD-0003"]), country="KR")
S.room("comparison", "이거랑 Glowstrip 10m 가격 차이?", Product("LL-SMH-0005", ["$19.99", "$29.99"],
                                                            also=["LL-SMH-0006"]),
       country="KR", showing="LL-SMH-0005")

# ---- faq-casual
S.desk("faq-casual", "배송 조회는 어떻게 해요?", Faq("tracking", ["2-3 days"]), country="KR")
S.room("faq-casual", "정품 맞아요? 짝퉁 아니죠?", Faq("authenticity", judge="says genuine own brands"), country="KR")
S.desk("faq-casual", "물건이 파손돼서 왔어요 ㅠㅠ 어떻게 해요?", Faq("damaged-item", ["7 days"]), country="KR")
S.desk("faq-casual", "쿠폰 두 개 같이 쓸 수 있어요?", Faq("promo-codes", judge="says one code per order"), country="KR")
S.room("faq-casual", "주문하면 언제 발송돼요?", Faq("processing-time", ["1-2 days"]), country="KR")

# ---- two-in-one
S.room("two-in-one", "인천까지 며칠이고 카카오페이 돼요?", Both(Ship("days", to="KR"), PayNamed("kakaopay")),
       country="KR")
S.desk("two-in-one", "배송비 얼마고 반품은 며칠 안에 해야 돼요?", Both(Ship("price"), Returns("window")),
       country="KR")
S.room("two-in-one", "이거 얼마예요? 무게는요?", Product("LL-OUT-0016", ["$69.99", "640 g"]), country="KR",
       showing="LL-OUT-0016")

# ---- chatter
S.room("chatter", "ㅋㅋㅋㅋㅋㅋ", Chatter(), country="KR")
S.room("chatter", [("배송비 얼마에요?", Ship("price")), ("ㅇㅋ 감사합니다", Chatter())], country="KR")
S.desk("chatter", [("반품 기간 알려주세요", Returns("window")), ("네 알겠습니다~", Chatter())], country="KR")
S.room("chatter", [("host", "여러분 안녕하세요~ 오늘도 와주셔서 감사해요!", Chatter()), ("헐 대박 👍", Chatter())],
       country="KR", showing="LL-SMH-0018")

# ---- handoff
S.desk("handoff", "주문번호 90412 아직 안 왔어요 확인 좀 해주세요", Human("order_status"), country="KR")
S.room("handoff", "갤럭시 워치랑 연동돼요?", Product("LL-SMH-0016", missing=True), country="KR",
       showing="LL-SMH-0016")
S.desk("handoff", "상담원 연결해 주세요", Human("handoff"), country="KR")

# ---- cross-country-room
S.crowd("배송비 얼마에요?", ["KR", "US", "JP", "CA", "AU"],
        lambda c, all_: Ship("price", others=all_, room_names=True), showing="LL-BTY-0007")
S.crowd("배송 며칠 걸려요?", ["KR", "US", "DE", "SG", "NZ"],
        lambda c, all_: Ship("days", others=all_, room_names=True))
