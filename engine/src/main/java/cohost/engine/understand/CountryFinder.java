package cohost.engine.understand;

import cohost.knowledge.Countries;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Places;
import cohost.knowledge.Places.Place;
import cohost.knowledge.Product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the destination country in a message: a country name in any supported language (from the KB's
 * {@link Countries} and the JDK's CLDR names), an alias or demonym from {@code country-aliases.txt}, or an ISO code
 * where it cannot be an ordinary word ("MX", "to mx", "a br"). When several countries are named, the one after a
 * "to" word wins over one after a "from" word ("from Brazil to Mexico" is MX).
 *
 * <p>When no country is named, a city or region is ("kirim ke Surabaya", "vous livrez à Lyon ?", "慕尼黑运费"): its
 * country, from {@link Places}. Every word n-gram (Latin, Arabic) and every Han/kana/Hangul substring is looked up by
 * a hash built one character at a time, so no name list is scanned. As thousands of places are called like ordinary
 * words or people, a place counts only with evidence that the message is about where something goes: a "to" word
 * right before it, a shipping or location word in the message ({@code place-context.txt}), or nothing else said
 * ("Toronto?"). A name that is also a dictionary word ("Nice", "Lima") needs a "to" word and one more sign; a
 * two-letter Han or Hangul name needs a particle beside it and a shipping word; words of the store's product names
 * are no place unless a "to" word says so.
 */
final class CountryFinder {

    private static final int MAX_NAME_WORDS = 4;
    /** Words before a place that make it the destination. */
    private static final Set<String> TO_WORDS = Set.of("to", "a", "al", "para", "pra", "pro", "nach", "ke", "en", "au",
            "aux", "vers", "in", "into", "towards", "hacia", "ate", "hasta", "naar", "zu");
    /** Words before a place that make it the origin. */
    private static final Set<String> FROM_WORDS = Set.of("from", "desde", "de", "do", "da", "von", "aus", "dari", "of", "من");
    /** Two-letter words that are ISO codes but mostly mean something else after a "to" word ("send it to me"). */
    private static final Set<String> NOT_CODES = Set.of("me", "it", "us", "my", "do", "in", "no", "is", "be", "at",
            "so", "am", "to", "on", "an", "as", "or", "id", "la", "el", "il", "lo", "le", "se", "si", "mi", "tu", "te",
            "un", "et", "ma", "mo", "na", "ne", "ni", "pa", "pe", "es", "de", "um", "em", "eu", "da", "vc", "ya", "ke",
            "di", "sa", "ok", "ad", "ai", "al", "ao", "ar", "bo", "by", "ca", "ch", "cu", "ga", "gi", "gu", "hu", "ie",
            "io", "je", "ki", "km", "li", "lu", "mu", "nu", "om", "sh", "st", "tv", "tt");
    /** Country names that are more often ordinary words in a shop's chat. */
    private static final Set<String> NOT_NAMES = Set.of("jersey", "chad", "jordan", "man", "guernsey", "georgia");
    /** Capitalised two-letter words that are ISO codes but usually mean something else ("IT support", "my ID"). */
    private static final Set<String> NOT_CAPITAL_CODES = Set.of("IT", "ID", "AM", "PM", "TV", "AI", "PC", "OK");
    /**
     * Hangul and Han words that hold a country name but mean something else, blanked before names are searched:
     * 수단 is Sudan but also "means", as in 결제 수단 (payment method).
     */
    private static final List<String> NOT_PLACES = List.of("결제수단", "지불수단", "결재수단", "교통수단", "배송수단",
            "통신수단", "수단과방법");
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /** "to" words before a city: the country words and a few that only come before a town ("dans", "im", "di"). */
    private static final Set<String> PLACE_TO_WORDS;
    static {
        Set<String> to = new HashSet<>(TO_WORDS);
        to.addAll(Set.of("em", "dans", "im", "bis", "di", "sampai", "sampe", "until", "til", "الي",
                "في", "لل")); // Arabic (folded): الى, في, لل
        PLACE_TO_WORDS = Set.copyOf(to);
    }
    /** Words that may stand beside a place in a message that says nothing else: "and Lyon?", "e Munique?". */
    private static final Set<String> CONNECTORS = Set.of("and", "e", "y", "et", "und", "dan", "ou", "or", "o", "oder",
            "what", "about", "como", "pour", "fur", "for", "untuk", "\u0648"); // و
    /** Before a two-letter Han or Hangul name: 到 往 寄 送 至 去 在; after it, a particle of place or topic. */
    private static final String HAN_BEFORE = "到往寄送至去在";
    private static final List<String> CJK_AFTER = List.of("まで", "へ", "に", "だと", "で", "は", "から", "宛", "向け",
            "까지", "로", "으로", "에", "은", "는", "이면", "행");
    private static final int MAX_PLACE_WORDS = 4;

    private final Countries countries;
    private final Places places = Places.shared();
    /** Folded product-name and brand words: "Sonaro Air" in a question names a product, not a town. */
    private final Set<String> productWords;
    /** Shipping and location words of {@code place-context.txt}: single folded words, word sequences, CJK texts. */
    private final Set<String> contextWords = new HashSet<>();
    private final List<List<String>> contextPhrases = new ArrayList<>();
    private final List<String> contextTexts = new ArrayList<>();
    /** Folded name (one or more Latin or Arabic words, space-joined) to ISO code. */
    private final Map<String, String> latinNames = new HashMap<>();
    /**
     * Folded CJK/Hangul/Arabic names (spaces removed), found inside the text: an open-addressing table of their
     * 64-bit hashes ({@link Places#hash}) to ISO codes, so each substring is looked up as it is extended.
     */
    private final long[] scriptHashes;
    private final String[] scriptCodes;
    private final int longestScriptName;

    CountryFinder(Countries countries, List<String> langs) {
        this(countries, langs, List.of());
    }

    /** Knows the store's product names, so that a product named like a town is the product. */
    CountryFinder(Knowledge knowledge, List<String> langs) {
        this(knowledge.countries(), langs, knowledge.products());
    }

    private CountryFinder(Countries countries, List<String> langs, List<Product> products) {
        this.countries = countries;
        Set<String> words = new HashSet<>();
        for (Product p : products) {
            for (String title : p.title().texts().values()) words.addAll(Text.of(title).words);
            if (p.brand() != null) words.addAll(Text.of(p.brand()).words);
        }
        this.productWords = Set.copyOf(words);
        WordLists.read("place-context.txt", (lang, entries) -> {
            for (String entry : entries) {
                String folded = Text.fold(entry);
                if (Text.matchedAsSubstring(folded) && folded.codePoints().anyMatch(Places::isCjk)) {
                    contextTexts.add(folded.replace(" ", ""));
                } else {
                    List<String> w = Text.of(folded).words;
                    if (w.size() == 1) contextWords.add(w.get(0));
                    else if (!w.isEmpty()) contextPhrases.add(w);
                }
            }
        });
        Map<String, String> substringNames = new HashMap<>();
        // the names in each language's written variants too: Traditional Chinese says 澳洲 and 紐西蘭 for what
        // Simplified calls 澳大利亚 and 新西兰
        List<Locale> locales = new ArrayList<>();
        for (String lang : langs) {
            locales.add(Locale.of(lang));
            cohost.knowledge.Languages.all().stream().filter(l -> l.code().startsWith(lang + "-"))
                    .forEach(l -> locales.add(Locale.forLanguageTag(l.code())));
        }
        for (String code : Locale.getISOCountries()) {
            Locale region = Locale.of("", code);
            for (Locale locale : locales) {
                add(region.getDisplayCountry(locale), code, substringNames);
            }
            for (String lang : langs) {
                try {
                    add(countries.name(code, lang), code, substringNames);
                } catch (RuntimeException unknownToTheKb) {
                    // the KB may know fewer countries than the JDK; its names are an addition, not a requirement
                }
            }
        }
        readAliases(substringNames);
        int capacity = Integer.highestOneBit(Math.max(16, substringNames.size() * 2)) << 1;
        scriptHashes = new long[capacity];
        scriptCodes = new String[capacity];
        int longest = 0;
        for (Map.Entry<String, String> e : substringNames.entrySet()) {
            String name = e.getKey();
            long h = Places.hash(name, 0, name.length());
            int slot = scriptSlot(h);
            scriptHashes[slot] = h;
            scriptCodes[slot] = e.getValue();
            longest = Math.max(longest, name.length());
        }
        longestScriptName = longest;
    }

    private void add(String name, String code, Map<String, String> substringNames) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase(code)) return;
        String folded = Text.fold(name.replaceAll("\\(.*?\\)", "")).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (folded.isEmpty() || NOT_NAMES.contains(folded)) return;
        if (Text.matchedAsSubstring(folded)) {
            addInsideName(folded, code, substringNames);
        } else if (folded.split(" ").length <= MAX_NAME_WORDS) {
            latinNames.putIfAbsent(folded, code);
        }
    }

    private static void addInsideName(String folded, String code, Map<String, String> substringNames) {
        String compact = folded.replace(" ", "");
        substringNames.putIfAbsent(compact, code);
        // Arabic names carry the article, which a glued preposition swallows: "للسعودية" (to Saudi Arabia)
        if (compact.startsWith("ال") && compact.length() >= 5) substringNames.putIfAbsent(compact.substring(2), code);
    }

    private void readAliases(Map<String, String> substringNames) {
        WordLists.read("country-aliases.txt", (code, aliases) -> {
            for (String alias : aliases) {
                String folded = Text.fold(alias);
                if (folded.isEmpty()) continue;
                if (Text.matchedAsSubstring(folded)) addInsideName(folded, code, substringNames);
                else latinNames.put(folded, code);
            }
        });
    }

    /** Whether a folded word is a country name, alias or demonym ("brazil", "mexicano"). */
    boolean isName(String word) {
        return latinNames.containsKey(word) || countries.resolve(word).filter(c -> c.length() == 2).isPresent();
    }

    /** The destination country's ISO code, or null: a country named, else the country of a city or region named. */
    String find(Text text) {
        return find(text, null);
    }

    /**
     * As {@link #find(Text)}, for an asker who declared {@code home} (or null): a town name several countries share
     * is the one in the asker's country when there is one there ("Valencia" from Spain, "Córdoba" from Argentina).
     */
    String find(Text text, String home) {
        Candidate c = best(text, home);
        return c == null ? null : c.code;
    }

    /**
     * Whether the place the message names is where the asker is, not where something goes: named after a "from"
     * word only ("saludos desde Córdoba", "hi from Texas", "تحياتي من جدة").
     */
    boolean namedAsOrigin(Text text, String home) {
        Candidate c = best(text, home);
        return c != null && c.rank == 0;
    }

    private Candidate best(Text text, String home) {
        Candidate country = findCountry(text);
        if (country != null && country.alsoCountry != null) {
            // "الشحن الى عمان": Oman, or Amman in Jordan? "LA": Laos, or Los Angeles? The asker's own country says which
            // when it is one of them; else no country is guessed (the answer asks for it)
            if (country.code.equals(home)) return country;
            if (country.alsoCountry.equals(home)) {
                return new Candidate(home, country.words, country.rank, country.population);
            }
            return null;
        }
        if (country != null && country.rank == 2) return country; // "to Brazil": nothing can beat it
        Candidate place = findPlace(text, home);
        // a country named wins over a city named alike; a city after a "to" word wins over a country that is not the
        // destination, or a country name that is also a word ("Geschenk für meine Oma in Graz": Oma is Omã, Oman)
        if (place != null && (country == null || place.rank > country.rank)) return place;
        return country;
    }

    private Candidate findCountry(Text text) {
        String best = null, bestAlso = null;
        int bestRank = Integer.MIN_VALUE;
        List<String> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1; n--) {
                String code = lookup(text, i, n);
                if (code == null) continue;
                String before = i > 0 ? words.get(i - 1) : "";
                int rank = TO_WORDS.contains(before) ? 2 : FROM_WORDS.contains(before) ? 0 : 1;
                if (rank >= bestRank) { // a later mention of equal rank wins: "I'm in Spain, do you ship to France"
                    best = code;
                    bestRank = rank;
                    bestAlso = n == 1 ? alsoMeans(text, i, code) : null;
                }
                i += n - 1;
                break;
            }
        }
        if (best != null) return new Candidate(best, 1, bestRank, 0, bestAlso);
        if (text.han + text.kana + text.hangul + text.arabic == 0) return null;
        String compact = text.folded.replace(" ", "");
        for (String word : NOT_PLACES) compact = compact.replace(word, " ");
        // the longest name anywhere in the text wins ("南アフリカ" over "アフリカ"), the first of equal ones
        String found = null, foundName = null;
        int foundLength = 0;
        for (int at = 0; at < compact.length(); at++) {
            long h = Places.start();
            for (int end = at; end < compact.length() && end - at < longestScriptName; end++) {
                h = Places.extend(h, compact.charAt(end));
                int length = end - at + 1;
                if (length <= foundLength) continue;
                String code = scriptCodes[scriptSlot(h)];
                if (code != null && !insideKatakanaWord(compact, at, length)) {
                    String name = compact.substring(at, end + 1);
                    // an Arabic name is a word of its own, clitics allowed: "يمن" is not in "تحياتي من"
                    if (Text.script(name.charAt(0)) == Text.Script.ARABIC && !Lexicon.inArabicWord(text.folded, name)) continue;
                    found = code;
                    foundLength = length;
                    foundName = name;
                }
            }
        }
        if (found == null) return null;
        return new Candidate(found, 1, afterFromWord(text, foundName) ? 0 : 1, 0, bigCityElsewhere(foundName, found));
    }

    /** Cities big enough that their name, when it is also a country's, may mean either. */
    private static final int BIG_CITY = 200_000;
    /**
     * Two-letter codes typed in capitals that people also write for a city of another country: "LA" is Laos's code
     * and Los Angeles.
     */
    private static final Map<String, String> CODES_ALSO_CITIES = Map.of("LA", "US");

    /**
     * The other country a country name found at word {@code i} may mean: a code that is also a city's abbreviation
     * ("LA"), or a name that is also a big city's elsewhere; null when the name means the country only.
     */
    private String alsoMeans(Text text, int i, String code) {
        String typed = text.typedWords.get(i);
        String other = CODES_ALSO_CITIES.get(typed);
        if (other != null && !other.equals(code)) return other;
        return bigCityElsewhere(text.words.get(i), code);
    }

    /**
     * The country of a big city of the same name in another country: عمان is Oman and Amman (Jordan), "Granada" is
     * Grenada in Spanish and a Spanish city, "Armenia" a Colombian one.
     */
    private String bigCityElsewhere(String folded, String code) {
        Place city = places.find(Places.hash(folded, 0, folded.length()));
        if (city == null || city.region() || city.country().equals(code) || city.population() < BIG_CITY) return null;
        return city.country();
    }

    /** Whether the word holding an Arabic name comes right after a "from" word: "من مصر" says where someone is. */
    private static boolean afterFromWord(Text text, String name) {
        List<String> words = text.words;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).contains(name)) return FROM_WORDS.contains(words.get(i - 1));
        }
        return false;
    }

    /** The slot of {@code h} in the script-name table, or the empty slot where it would go. */
    private int scriptSlot(long h) {
        int mask = scriptHashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (scriptCodes[i] != null && scriptHashes[i] != h) i = (i + 1) & mask;
        return i;
    }

    /** The best-placed city or region the message names as a destination, or null. */
    private Candidate findPlace(Text text, String home) {
        Candidate best = null;
        Evidence evidence = new Evidence(text, home);
        List<String> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            Candidate c = placeAt(text, i, evidence);
            if (c == null) continue;
            if (best == null || c.rank > best.rank || (c.rank == best.rank && c.population > best.population)) {
                best = c;
            }
            i += c.words - 1;
        }
        if (best == null && text.han + text.kana + text.hangul > 0) best = cjkPlace(text, evidence);
        return best;
    }

    /** A country found in the text: its code, how many words named it, and its rank (2 after a "to" word). */
    private record Candidate(String code, int words, int rank, int population, String alsoCountry) {
        Candidate(String code, int words, int rank, int population) {
            this(code, words, rank, population, null);
        }

        Candidate(Place place, int words, int rank) {
            this(place.country(), words, rank, place.population());
        }
    }

    /** The longest place name starting at word {@code i}, if the message gives reason to take it for a place. */
    private Candidate placeAt(Text text, int i, Evidence evidence) {
        List<String> words = text.words;
        Place place = null;
        int n = 0;
        boolean glued = false;
        long h = Places.start();
        for (int k = 0; k < MAX_PLACE_WORDS && i + k < words.size(); k++) {
            if (k > 0) h = Places.extend(h, ' ');
            String w = words.get(i + k);
            for (int c = 0; c < w.length(); c++) h = Places.extend(h, w.charAt(c));
            Place p = evidence.place(h);
            if (p != null) {
                place = p;
                n = k + 1;
            }
        }
        String first = words.get(i);
        if (place == null && first.length() >= 4 && Text.script(first.charAt(0)) == Text.Script.ARABIC
                && (first.charAt(0) == 'ل' || first.charAt(0) == 'ب')) {
            // Arabic glues "to" and "in" to the name: لميونخ, بميونخ
            place = evidence.place(Places.hash(first, 1, first.length()));
            if (place == null && first.startsWith("لل")) {
                // "to the": للرياض is ل + الرياض, the article's alif dropped
                String named = "ال" + first.substring(2);
                place = evidence.place(Places.hash(named, 0, named.length()));
            }
            n = 1;
            glued = place != null;
        }
        if (place == null) return null;
        String before = i > 0 ? words.get(i - 1) : "";
        boolean to = glued || PLACE_TO_WORDS.contains(before);
        boolean from = FROM_WORDS.contains(before);
        boolean product = true;
        for (int k = i; k < i + n; k++) product &= productWords.contains(words.get(k));
        if (product && !to) return null;
        boolean accepted;
        if (place.ordinaryWord()) {
            accepted = to && (evidence.context() || capitalised(text, i, n));
        } else {
            accepted = to || evidence.context() || (from && capitalised(text, i, n)) || bare(text, i, n);
        }
        return accepted ? new Candidate(place, n, to ? 2 : from ? 0 : 1) : null;
    }

    /** Whether the name's words were typed with a capital, in a message not typed in capitals. */
    private static boolean capitalised(Text text, int i, int n) {
        for (int k = i; k < i + n; k++) {
            String typed = text.typedWords.get(k);
            if (typed.isEmpty() || !Character.isUpperCase(typed.charAt(0))) return false;
        }
        return !shouting(text);
    }

    /** The message is the place and at most connectors, as a question: "Toronto?", "and Lyon?". */
    private static boolean bare(Text text, int i, int n) {
        if (text.han + text.kana + text.hangul > 0 || text.original.indexOf('?') < 0
                && text.original.indexOf('？') < 0 && text.original.indexOf('؟') < 0) {
            return false;
        }
        for (int k = 0; k < text.words.size(); k++) {
            if ((k < i || k >= i + n) && !CONNECTORS.contains(text.words.get(k))
                    && !PLACE_TO_WORDS.contains(text.words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Han, kana and Hangul names, found inside the text: the longest at each position, the most populous overall. */
    private Candidate cjkPlace(Text text, Evidence evidence) {
        String s = text.folded;
        int longest = places.longestKey();
        Candidate best = null;
        for (int at = 0; at < s.length(); at++) {
            if (!Places.isCjk(s.charAt(at))) continue;
            long h = Places.start();
            Place place = null;
            int length = 0;
            for (int end = at; end < s.length() && end - at < longest; end++) {
                char c = s.charAt(end);
                if (!Places.isCjk(c)) break;
                h = Places.extend(h, c);
                if (end > at) {
                    Place p = evidence.place(h);
                    if (p != null) {
                        place = p;
                        length = end - at + 1;
                    }
                }
            }
            if (place == null || insideKatakanaWord(s, at, length)) continue;
            boolean accepted = length == 2
                    ? evidence.context() && (besideParticle(s, at, length) || besideContext(s, at, length))
                    : evidence.context() || cjkBare(text, length);
            if (accepted && (best == null || place.population() > best.population)) {
                best = new Candidate(place, 1, 1);
            }
            if (accepted) at += length - 1;
        }
        return best;
    }

    private static boolean besideParticle(String s, int at, int length) {
        if (at > 0 && HAN_BEFORE.indexOf(s.charAt(at - 1)) >= 0) return true;
        for (String p : CJK_AFTER) {
            if (s.startsWith(p, at + length)) return true;
        }
        return false;
    }

    /** A shipping word right before or after the name: "北京运费", "配送先は札幌". */
    private boolean besideContext(String s, int at, int length) {
        for (String t : contextTexts) {
            if (s.startsWith(t, at + length) || (at >= t.length() && s.startsWith(t, at - t.length()))) return true;
        }
        return false;
    }

    /** Nothing but the name, a particle or two and punctuation: "慕尼黑？", "ミュンヘンは?", "뮌헨은요?". */
    private static boolean cjkBare(Text text, int length) {
        return text.words.isEmpty() && text.han + text.kana + text.hangul <= length + 2;
    }

    /**
     * What decides whether a name is a place here: whether the message talks about shipping or where someone is
     * (looked at only when a place name is found), and the asker's own country for names several countries share.
     */
    private final class Evidence {
        private final Text text;
        private final String home;
        private Boolean context;

        Evidence(Text text, String home) {
            this.text = text;
            this.home = home;
        }

        /**
         * The place of that name in the asker's country when there is one of some size (a region, or a twentieth of
         * the biggest namesake's people: Valencia, Spain, not Paris, Texas), else the most populous.
         */
        Place place(long h) {
            Place first = places.find(h);
            if (first == null || home == null || first.country().equals(home)) return first;
            Place nearby = places.in(h, home);
            boolean sizeable = nearby != null && (nearby.region() || nearby.population() * 20L >= first.population());
            return sizeable ? nearby : first;
        }

        boolean context() {
            if (context == null) context = find();
            return context;
        }

        private boolean find() {
            List<String> words = text.words;
            for (String w : words) {
                if (contextWords.contains(w)) return true;
            }
            for (List<String> phrase : contextPhrases) {
                for (int i = 0; i + phrase.size() <= words.size(); i++) {
                    if (words.subList(i, i + phrase.size()).equals(phrase)) return true;
                }
            }
            if (text.han + text.kana + text.hangul > 0) {
                for (String t : contextTexts) {
                    if (text.folded.contains(t)) return true;
                }
            }
            return false;
        }
    }

    /**
     * Katakana spells loanwords letter by letter, so a katakana name glued to more katakana is part of another word:
     * タイ (Thailand) in タイヤ (tyre), チリ (Chile) in チリソース. Hiragana particles after it are fine: タイに.
     */
    private static boolean insideKatakanaWord(String s, int at, int length) {
        if (!isKatakana(s.charAt(at))) return false;
        int end = at + length;
        return (at > 0 && isKatakana(s.charAt(at - 1))) || (end < s.length() && isKatakana(s.charAt(end)));
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA' || c == '\u30FC';
    }

    private String lookup(Text text, int start, int n) {
        String phrase = String.join(" ", text.words.subList(start, start + n));
        String code = latinNames.get(phrase);
        if (code != null || n > 1) return code;
        String word = phrase;
        if (word.length() == 2) return isoCode(text, start);
        if (word.length() >= 4 && !isNumber(word)) return countries.resolve(word).filter(c -> c.length() == 2).orElse(null);
        return null;
    }

    /** A two-letter word is a country code when typed in capitals ("MX") or right after a "to" word ("a mx"). */
    private String isoCode(Text text, int i) {
        String typed = text.typedWords.get(i);
        String word = text.words.get(i);
        boolean capitals = typed.equals(typed.toUpperCase(Locale.ROOT)) && !typed.equals(word)
                && !NOT_CAPITAL_CODES.contains(typed) && !shouting(text);
        boolean afterTo = i > 0 && TO_WORDS.contains(text.words.get(i - 1)) && !NOT_CODES.contains(word);
        if (!capitals && !afterTo) return null;
        String code = word.toUpperCase(Locale.ROOT);
        if (code.equals("UK")) return "GB";
        return ISO_CODES.contains(code) ? code : null;
    }

    /** Text typed in capitals says nothing about which words are codes. */
    private static boolean shouting(Text text) {
        return text.typedWords.stream().anyMatch(w -> w.length() >= 4 && w.equals(w.toUpperCase(Locale.ROOT))
                && !w.equals(w.toLowerCase(Locale.ROOT)) && !w.chars().anyMatch(Character::isDigit));
    }

    private static boolean isNumber(String w) {
        return w.chars().allMatch(Character::isDigit);
    }
}
