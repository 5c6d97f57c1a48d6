package cohost.knowledge;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's rules for a store's live rooms, from the optional {@code rules.json} of its KB folder (format: the
 * README's KB reference). They are part of the KB snapshot, so a reload of the folder swaps them with the facts.
 *
 * <p>A rule applies in its markets: ISO country codes, store regions, or "*" (every market). An asker's market is the
 * country they declared; an asker without one is held to the "*" rules only.
 *
 * @param regions the store's regions, which markets may name
 */
public record RoomRules(List<Ban> bans, List<Pin> pins, Greetings greetings, Map<String, Set<String>> regions) {

    /** A store without a rules file: nothing banned, nothing pinned, no greetings. */
    public static final RoomRules NONE = new RoomRules(List.of(), List.of(), Greetings.NONE, Map.of());

    /** The topics a ban may name: the engine's purchase and order intents, by their wire names. */
    public static final List<String> TOPICS = List.of("shipping", "returns", "payment", "product", "order_status");

    /** The room events the platform sends that may be greeted. */
    public static final List<String> EVENT_KINDS = List.of("join", "follow", "order");

    public RoomRules {
        bans = List.copyOf(bans);
        pins = List.copyOf(pins);
        regions = Map.copyOf(regions);
    }

    /**
     * Words the co-host never says and a viewer's message may not carry, and topics it does not answer, in some
     * markets.
     *
     * @param topics {@link #TOPICS} the co-host does not answer there
     */
    public record Ban(String id, List<String> markets, List<RuleTerm> words, List<String> topics) {
        public Ban {
            markets = List.copyOf(markets);
            words = List.copyOf(words);
            topics = List.copyOf(topics);
        }
    }

    /**
     * An answer the operator pins to keywords for a show ("code" -> "Use LIVE20 for 20% off until 22:00"): a store
     * fact, said exactly as written, in the asker's language when the rule gives it.
     */
    public record Pin(String id, List<String> markets, List<RuleTerm> keywords, Localized answer) {
        public Pin {
            markets = List.copyOf(markets);
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * What the co-host says on room events, and how rarely, so greetings never crowd out answers.
     *
     * @param interval at most one greeting per interval in a room
     * @param byKind   the text per event kind ({@link #EVENT_KINDS}); a kind without one is not greeted
     */
    public record Greetings(Duration interval, Map<String, Localized> byKind) {
        public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
        public static final Greetings NONE = new Greetings(DEFAULT_INTERVAL, Map.of());

        public Greetings {
            byKind = Map.copyOf(byKind);
        }
    }

    public boolean isEmpty() {
        return bans.isEmpty() && pins.isEmpty() && greetings.byKind().isEmpty();
    }

    /**
     * The first ban whose words occur in {@code text} in any of the askers' markets (a country, or null for an asker
     * without one), else empty.
     */
    public Optional<Ban> bannedWordIn(String text, Collection<String> countries) {
        if (bans.isEmpty()) return Optional.empty();
        String folded = RuleTerm.fold(text);
        for (Ban ban : bans) {
            if (applies(ban.markets(), countries) && ban.words().stream().anyMatch(w -> w.in(folded))) {
                return Optional.of(ban);
            }
        }
        return Optional.empty();
    }

    /** The ban that keeps the co-host off {@code topic} (an intent's wire name) in the asker's market, else empty. */
    public Optional<Ban> bannedTopic(String topic, String country) {
        for (Ban ban : bans) {
            if (ban.topics().contains(topic) && applies(ban.markets(), java.util.Collections.singletonList(country))) {
                return Optional.of(ban);
            }
        }
        return Optional.empty();
    }

    /** The pinned answer whose keywords occur in {@code text}, for the asker's market (first in file order). */
    public Optional<Pin> pinned(String text, String country) {
        if (pins.isEmpty()) return Optional.empty();
        String folded = RuleTerm.fold(text);
        for (Pin pin : pins) {
            if (applies(pin.markets(), java.util.Collections.singletonList(country))
                    && pin.keywords().stream().anyMatch(k -> k.in(folded))) {
                return Optional.of(pin);
            }
        }
        return Optional.empty();
    }

    /** The greeting for a room event of this kind, or empty when the store greets none. */
    public Optional<Localized> greeting(String kind) {
        return Optional.ofNullable(greetings.byKind().get(kind));
    }

    /** Whether markets cover any of the countries; an unknown country (null) is covered by "*" only. */
    private boolean applies(List<String> markets, Collection<String> countries) {
        if (markets.contains("*")) return true;
        Set<String> known = new LinkedHashSet<>();
        for (String c : countries) if (c != null) known.add(c.toUpperCase(java.util.Locale.ROOT));
        for (String m : markets) {
            if (known.contains(m)) return true;
            Set<String> region = regions.get(m);
            if (region != null && known.stream().anyMatch(region::contains)) return true;
        }
        return false;
    }
}
