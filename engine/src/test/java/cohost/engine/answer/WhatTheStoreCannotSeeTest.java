package cohost.engine.answer;

import cohost.engine.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cohost.engine.answer.DemoAnswers.facts;
import static cohost.engine.answer.DemoAnswers.understood;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions the store's facts cannot answer get a person, in the ten languages and as viewers type them (no
 * language declared): a shop to visit (never the shipping to the city it is in, nor "which product?"), a phone or
 * WhatsApp number, a person, and an order already placed that has not come (however it is said: "ordered last
 * week still nothing", "comprei semana passada e até agora nada").
 */
class WhatTheStoreCannotSeeTest {

    @ParameterizedTest(name = "[{0} {1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es | ES | tenéis tienda física en Madrid?
            es | MX | tienen sucursal en Guadalajara para ir a verlo?
            es | AR | hay local en Buenos Aires?
            pt | BR | vocês têm loja física em São Paulo?
            pt | BR | tem loja em BH pra retirar?
            en | US | do u guys have a store in LA i can visit
            en | GB | is there a shop in London to try them on
            fr | FR | vous avez une boutique à Paris ?
            de | DE | habt ihr einen Laden in Berlin?
            id | ID | ada toko offline di Jakarta gak kak?
            ja | JP | 実店舗はありますか？
            ko | KR | 오프라인 매장 있어요?
            zh | CN | 有实体店吗？
            ar | SA | عندكم محل في الرياض؟
            ar | AE | فيه فرع في دبي اقدر ازوره؟
            ar | EG | ليكم معرض في القاهرة؟
            es | AR | hay algún número de whatsapp para escribirles?
            ar | SA | عندكم رقم واتساب؟
            ar | AE | ممكن احد من الفريق يكلمني
            ja | JP | 担当の方と話したいです
            """)
    void aShopToVisitOrAPersonToTalkToIsForATeammate(String lang, String country, String text) {
        assertThat(understood(null, country, null, text).intent()).as(text).isEqualTo(Intent.HANDOFF);
        assertThat(understood(null, country, null, text).lang()).as(text).isEqualTo(lang);
        assertThat(facts(null, country, null, text).handoff()).as(text).isTrue();
    }

    @ParameterizedTest(name = "[{0} {1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es | ES | hice un pedido el lunes, me dicen cuando sale?
            es | AR | che mi compra todavia no llega, que onda
            es | MX | no me ha llegado nada y ya pagué hace 2 semanas
            pt | BR | comprei semana passada e até agora nada
            en | US | yo where my stuff at, ordered last week
            en | GB | ordered on the 3rd still nothing??
            fr | FR | j'ai commandé il y a 10 jours toujours rien reçu
            de | DE | wo bleibt mein Paket? hab vor 2 Wochen bestellt
            id | ID | kak pesenan aku kok belum nyampe ya udah seminggu
            zh | CN | 我上周下的单怎么还没发货
            ar | EG | اوردري لسه موصلش
            ar | SA | متى يوصل طلبي اللي طلبته امس
            """)
    void anOrderAlreadyPlacedIsCheckedByATeammate(String lang, String country, String text) {
        assertThat(understood(null, country, null, text).intent()).as(text).isEqualTo(Intent.ORDER_STATUS);
        assertThat(facts(null, country, null, text).handoff()).as(text).isTrue();
    }
}
