# mori-home set, Korean: Korea (Hanjin, DDU with 개인통관고유부호, KakaoPay/Toss Pay, no Express), viewers abroad;
# 줄임말, ㅠㅠ, 영어 섞기.
from dsl import *  # noqa: F401,F403

S.room("shipping", "배송비 얼마에요?", Ship("price"), country="KR")
S.room("shipping", "한국까지 며칠 걸려요? 🙏", Ship("days", to="KR"), country="KR")
S.desk("shipping", "안녕하세요, 일본으로도 배송되나요? 기간이랑 비용 알려주세요", Ship("both", to="JP"))
S.room("shipping", "무배 기준 얼마부터에요?", Ship("free"), country="KR")
S.room("shipping", "특급배송 있나요? 급해요ㅠ", NoExpress(), country="KR")
S.desk("shipping", "미국 배송비랑 기간이요", Ship("both", to="US"))
S.room("shipping-city", "부산까지 며칠 걸려요?", Ship("days", to="KR"), country="KR")
S.desk("shipping-city", "대구 사는데 배송비 얼마예요?", Ship("price", to="KR"))
S.room("shipping-city", "도쿄로 보내면 얼마나 걸려요?", Ship("days", to="JP"), country="KR")
S.desk("shipping-city", "LA로 배송 가능한가요? 배송비는요?", Ship("price", to="US"))
S.room("handoff", "런던으로 배송돼요?", NoShip("GB", others=["KR", "US"]), country="GB")
S.desk("no-country", "결제 수단 뭐뭐 있어요?", PayAnywhere())
S.desk("no-country", "반품 기한이 어떻게 되나요?", ReturnsAnywhere())
S.desk("no-country", "토스페이 되나요?", PayNamed("tosspay", anywhere=True))
S.room("customs", "관세 나오나요? 개인통관고유부호 필요해요?", Customs(facts=["개인통관고유부호"]), country="KR")
S.desk("customs", "일본으로 보내면 관세 따로 내야 해요?", Customs(to="JP"))
S.room("returns", "사이즈 안 맞으면 반품 돼요? 며칠 안에요?", Returns("window"), country="KR")
S.desk("returns", "반품 배송비는 누가 내요? 환불은 며칠 걸려요?", Returns("cost+refund", country="KR"),
       country="KR", declare=True)
S.room("returns", "환불 얼마나 걸려요", Returns("refund"), country="KR")
S.room("returns-product", "차 개봉하면 반품 안 되죠?", ReturnProduct("MH-TEA-01"), country="KR", showing="MH-TEA-01")
S.room("returns-product", "마스크팩 하나 써봤는데 반품 가능해요?", ReturnProduct("MH-SKN-01"), country="KR",
       showing="MH-SKN-01")
S.room("returns-product", "베개커버 색 맘에 안 들면 반품돼요?", ReturnProduct("MH-BED-04"), country="KR",
       showing="MH-BED-04")
S.room("payment", "결제 어떻게 해요?", Pay(), country="KR")
S.desk("payment", "대만에서 주문하면 결제수단 뭐 있어요?", Pay(country="TW"))
S.room("payment-named-method", "카카오페이 돼요?", PayNamed("kakaopay"), country="KR")
S.room("payment-named-method", "네이버페이 가능?", PayUnknown("네이버페이"), country="KR")
S.room("payment-named-method", "페이팔 되나요?", PayNamed("paypal"), country="KR")
S.room("payment-named-method", "토스로 결제 가능해요?", PayNamed("tosspay"), country="KR")
S.room("product-attribute", "이거 재질이 뭐예요?", Product("MH-BED-04", facts=["실크"]), country="KR", showing="MH-BED-04")
S.room("product-attribute", "캔들 연소시간 얼마나 돼요?", Product("MH-CND-01", facts=["45"]), country="KR", showing="MH-CND-01")
S.desk("product-attribute", "동백 클렌징 오일 용량이 몇 ml예요?", Product("MH-SKN-02", facts=["200 ml"]))
S.room("product-yes-no", "전자레인지 돼요?", Product("MH-CER-01", yes=True), country="KR", showing="MH-CER-01")
S.room("product-yes-no", "이 접시 전자레인지 돼요?", Product("MH-CER-02", yes=False), country="KR", showing="MH-CER-02")
S.room("product-yes-no", "마스크팩 무향이에요?", Product("MH-SKN-01", yes=True), country="KR", showing="MH-SKN-01")
S.room("product-variant", "네이비 색상 있어요?", Product("MH-BED-04", judge="says navy is out of stock"), country="KR",
       showing="MH-BED-04")
S.room("product-variant", "퀸 사이즈 가격이요", Product("MH-BED-03", facts=["€89"]), country="KR", showing="MH-BED-03")
S.room("product-variant", "블러쉬 색 재고 있나요?", Product("MH-BED-04", judge="says blush is in stock"), country="KR",
       showing="MH-BED-04")
S.room("comparison", "실크 베개커버랑 린넨 베개커버 차이가 뭐예요?", Product("MH-BED-04", also=["MH-BED-02"],
       judge="compares silk with linen from the listings"), country="KR")
S.room("faq-casual", "진짜 실크 맞아요?", Faq("real-silk", facts=["6A"]), country="KR")
S.desk("faq-casual", "머그컵 깨져서 왔어요ㅠㅠ", Faq("broken", facts=["48"]))
S.room("faq-casual", "사이즈 정사이즈예요?", Faq("size-guide", judge="says the bamboo set is true to size, silk relaxed"),
       country="KR")
S.room("faq-casual", "품절 색상 재입고 언제 돼요?", Faq("restock", facts=["3"]), country="KR")
S.room("faq-casual", "배송조회 어떻게 해요?", Faq("tracking", facts=["3"]), country="KR")
S.room("two-in-one", "서울까지 배송비 얼마고 카카오페이 되나요?", Both(Ship("price", to="KR"), PayNamed("kakaopay")),
       country="KR")
S.desk("two-in-one", "배송 기간이랑 반품 기한 알려주세요", Both(Ship("days", to="KR"), Returns("window", country="KR")),
       country="KR")
S.room("chatter", "ㅋㅋㅋㅋ 너무 예쁘다", Chatter(), country="KR")
S.room("chatter", [("host", "자 이제 수건 보여드릴게요~", Chatter()), ("오오 👍", Chatter())], country="KR")
S.desk("chatter", [("한국까지 배송비 얼마예요?", Ship("price", to="KR")), ("넵 감사합니다!", Chatter())])
S.desk("handoff", "주문번호 MH20456 아직 안 왔어요 어디쯤이에요?", Human("order_status"))
S.room("handoff", "상담원 연결해주세요", Human(), country="KR")
S.room("handoff", "이 이불커버 슈퍼싱글 이불에 맞아요?", Product("MH-BED-01", missing=True), country="KR",
       showing="MH-BED-01")
S.crowd("배송비 얼마예요?", ["KR", "JP", "US", "TW", "SG"], lambda c, cs: Ship("price", others=cs, room_names=True))

# second batch
S.room("shipping", "배송 free 되는 금액 얼마에요?", Ship("free"), country="KR")
S.room("shipping", "배송 며칠 걸려요 ㅠㅠ 빨리 받고 싶어요", Ship("days"), country="KR")
S.desk("shipping", "캐나다로 보내려면 배송비 얼마예요?", Ship("price", to="CA"))
S.room("shipping-city", "인천까지 며칠이요?", Ship("days", to="KR"), country="KR")
S.room("shipping-city", "타이베이로 보내면 배송비는요?", Ship("price", to="TW"), country="KR")
S.room("product-variant", "이거 얼마예요?", Product("MH-CER-03", facts=["€48"]), country="KR", showing="MH-CER-03")
S.room("product-variant", "킹 사이즈 가격 알려주세요", Product("MH-BED-03", facts=["€99"]), country="KR", showing="MH-BED-03")
S.room("product-variant", "유자향 캔들 재고 있어요?", Product("MH-CND-01", judge="says yuzu is out of stock"), country="KR",
       showing="MH-CND-01")
S.room("product-attribute", "캔들 무게가 몇 g이에요?", Product("MH-CND-01", facts=["220 g"]), country="KR", showing="MH-CND-01")
S.room("comparison", "와플 타월이랑 터키 면 타월 세트 중 뭐가 더 싸요?", Product("MH-TWL-01", facts=["€19", "€45"],
       also=["MH-TWL-02"]), country="KR")
S.room("product-yes-no", "이 티팟 인덕션에 올려도 돼요?", Product("MH-CER-04", yes=False), country="KR", showing="MH-CER-04")
S.room("faq-casual", "주문 취소 가능해요?", Faq("cancel", judge="says yes within 12 hours if not shipped"), country="KR")
S.room("faq-casual", "선물 포장 돼요?", Faq("gift-wrap", judge="says yes, for €3.50"), country="KR")
S.room("two-in-one", "부산 배송비랑 반품 기간 알려주세요", Both(Ship("price", to="KR"), Returns("window", country="KR")),
       country="KR")
S.desk("handoff", "주문 MH20788 배송지 주소 바꾸고 싶어요", Human())
S.room("payment-named-method", "삼성페이 되나요?", PayUnknown("삼성페이"), country="KR")
S.room("payment-named-method", "알리페이 결제 돼요?", PayNamed("alipay"), country="KR")
S.crowd("배송 며칠 걸려요?", ["KR", "JP", "TW", "US", "SG"], lambda c, cs: Ship("days", others=cs, room_names=True))
