package cohost.engine.answer;

import cohost.engine.Understanding;
import cohost.engine.understand.Context;
import cohost.engine.understand.Understander;
import cohost.knowledge.KnowledgeBase;

import java.util.List;

/** The demo store answering one message end to end (understand, find facts, render), as a test asker sees it. */
final class DemoAnswers {
    static final KnowledgeBase KB = KnowledgeBase.demo();
    static final Understander UNDERSTANDER = new Understander(KB);
    static final FactFinder FINDER = new FactFinder(KB);
    static final Templates TEMPLATES = new Templates(KB);

    private DemoAnswers() {
    }

    /** What an asker from {@code country} (null: unknown) writing {@code text} in {@code lang} is told. */
    static String reply(String lang, String country, String text) {
        return reply(lang, country, null, text);
    }

    static String reply(String lang, String country, String showingSku, String text) {
        return TEMPLATES.render(facts(lang, country, showingSku, text), understood(lang, country, showingSku, text).lang(), List.of());
    }

    static Facts facts(String lang, String country, String showingSku, String text) {
        return FINDER.find(understood(lang, country, showingSku, text), text, country);
    }

    static Understanding understood(String lang, String country, String showingSku, String text) {
        return UNDERSTANDER.understand(text, lang, new Context(null, cohost.engine.Slots.NONE, showingSku, country, null));
    }

    /** A country's name as replies in {@code lang} write it. */
    static String country(String code, String lang) {
        return Phrases.of(lang).countryName(code, false);
    }
}
