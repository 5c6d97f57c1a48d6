package cohost.eval;

import cohost.engine.Intent;
import cohost.engine.Role;
import cohost.eval.Suite.Conversation;
import cohost.eval.Suite.Replay;
import cohost.eval.Suite.ReplayMessage;
import cohost.eval.Suite.Showing;
import cohost.eval.Suite.SpeakerDef;
import cohost.eval.Suite.Step;
import cohost.eval.Suite.Timing;
import cohost.eval.Suite.TurnSpec;
import cohost.eval.YamlNode.Problems;
import cohost.knowledge.Countries;
import cohost.knowledge.Languages;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads suite files (the format is documented in the README, section "Evaluation suites"). Every problem is reported
 * with its file, line and column, and parsing goes on after one so an author sees all of them at once.
 */
public final class SuiteParser {
    private static final List<String> SUITE_KEYS = List.of("suite", "kb", "pace", "conversations", "replays");
    private static final List<String> CONVERSATION_KEYS =
            List.of("id", "description", "lang", "xfail", "speakers", "turns");
    private static final List<String> SPEAKER_KEYS = List.of("role", "id", "name", "lang", "country");
    private static final List<String> TURN_KEYS = List.of("id", "from", "text", "audio", "at", "after", "expect");
    private static final List<String> AFTER_KEYS = List.of("event", "of", "delay");
    private static final List<String> AFTER_EVENTS =
            List.of("reply.started", "reply.delta", "reply.done", "reply.cancelled", "outcome");
    private static final List<String> EXPECT_KEYS = List.of("intent", "lang", "facts", "not", "grounded", "handoff",
            "outcome", "skip_reason", "cancelled", "within", "judge", "no_reply", "absent");
    private static final List<String> ABSENT_KEYS = List.of("patterns", "within");
    private static final List<String> OUTCOMES = List.of("replied", "joined", "skipped");
    private static final List<String> REPLAY_KEYS =
            List.of("id", "description", "showing", "xfail", "messages", "generate", "expect");
    private static final List<String> MESSAGE_KEYS = List.of("at", "id", "viewer", "lang", "country", "text", "topic");
    private static final List<String> GENERATE_KEYS =
            List.of("viewers", "rate", "duration", "seed", "templates", "topics", "countries");
    private static final List<String> REPLAY_EXPECT_KEYS =
            List.of("all_outcomes", "min_join_rate", "same_facts", "facts", "p95_started_within");
    /** Speakers a conversation may use without declaring them. */
    private static final Map<String, Role> BUILT_IN_SPEAKERS =
            Map.of("customer", Role.CUSTOMER, "host", Role.HOST, "moderator", Role.MODERATOR);

    private Problems problems;
    private Path file;

    /** Every suite file ({@code .yaml}, {@code .yml}) in a folder tree, or the file itself; sorted. */
    public static List<Path> find(Path fileOrDir) throws IOException {
        if (!Files.isDirectory(fileOrDir)) return List.of(fileOrDir);
        try (Stream<Path> s = Files.walk(fileOrDir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    public static Suite parse(Path file) throws SuiteException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new SuiteException(List.of(new SuiteProblem(file, 0, 0, "no such suite file")));
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SuiteParser().parse(file, r);
        }
    }

    private Suite parse(Path file, Reader reader) throws SuiteException, IOException {
        this.file = file;
        this.problems = new Problems(file);
        YamlNode root = YamlNode.read(reader, problems);
        if (root == null) throw new SuiteException(problems.list());
        if (!root.isMap()) {
            problems.add(root, "a suite is a mapping with keys " + SUITE_KEYS + ", found " + root.kind());
            throw new SuiteException(problems.list());
        }
        Map<String, YamlNode> m = root.map();
        checkKeys(root, SUITE_KEYS, "suite");
        String name = m.containsKey("suite") ? text(m.get("suite"), "suite") : file.getFileName().toString();
        Path kbDir = null;
        YamlNode kb = m.get("kb");
        if (kb != null) {
            String k = text(kb, "kb");
            if (k != null && !k.equals("demo")) {
                kbDir = file.toAbsolutePath().getParent().resolve(k).normalize();
                if (!Files.isRegularFile(kbDir.resolve("store.json"))) {
                    problems.add(kb, "kb folder " + kbDir + " has no store.json (write 'kb: demo' for the demo store)");
                }
            }
        }
        int pace = 0;
        if (m.get("pace") != null) {
            long p = count(m.get("pace"), "pace");
            if (p < 0 || p > 100_000) problems.add(m.get("pace"), "'pace' is characters per second, 0 (off) to 100000; found " + p);
            else pace = (int) p;
        }
        List<Conversation> conversations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode c : listOf(m.get("conversations"), "conversations")) {
            Conversation conv = conversation(c);
            if (conv != null && !ids.add(conv.id())) problems.add(c, "duplicate conversation id '" + conv.id() + "'");
            if (conv != null) conversations.add(conv);
        }
        List<Replay> replays = new ArrayList<>();
        for (YamlNode r : listOf(m.get("replays"), "replays")) {
            Replay replay = replay(r);
            if (replay != null && !ids.add(replay.id())) problems.add(r, "duplicate id '" + replay.id() + "'");
            if (replay != null) replays.add(replay);
        }
        if (conversations.isEmpty() && replays.isEmpty() && problems.isEmpty()) {
            problems.add(root, "the suite has no conversations and no replays");
        }
        if (!problems.isEmpty()) throw new SuiteException(problems.list());
        return new Suite(file, name, kbDir, pace, conversations, replays);
    }

    // ---- conversations

    private Conversation conversation(YamlNode node) {
        if (!expectMap(node, "a conversation")) return null;
        Map<String, YamlNode> m = node.map();
        checkKeys(node, CONVERSATION_KEYS, "conversation");
        String id = required(node, "id", "conversation");
        Map<String, SpeakerDef> declared = new LinkedHashMap<>();
        YamlNode sp = m.get("speakers");
        if (sp != null && expectMap(sp, "speakers")) {
            sp.map().forEach((name, def) -> {
                SpeakerDef s = speaker(name, def);
                if (s != null) declared.put(name, s);
            });
        }
        String lang = optText(m.get("lang"), "lang");
        if (lang != null) checkLang(m.get("lang"), lang);
        Map<String, SpeakerDef> used = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        Set<String> turnIds = new HashSet<>();
        int n = 0;
        YamlNode turns = m.get("turns");
        if (turns == null) problems.add(node, "conversation '" + id + "' has no turns");
        for (YamlNode t : listOf(turns, "turns")) {
            // only turns are numbered: a showing or host.speaking step does not use up a default id (t1, t2...)
            boolean isTurn = !t.isMap() || !(t.map().containsKey("showing") || t.map().containsKey("host.speaking"));
            if (isTurn) n++;
            Step step = step(t, n, declared, used, turnIds);
            if (step != null) steps.add(step);
        }
        return new Conversation(id, optText(m.get("description"), "description"), lang,
                optText(m.get("xfail"), "xfail"), used, steps, node.line());
    }

    private SpeakerDef speaker(String name, YamlNode def) {
        if (def.value() == null) def = new YamlNode(Map.of(), def.line(), def.column(), Map.of());
        if (!expectMap(def, "speaker '" + name + "'")) return null;
        checkKeys(def, SPEAKER_KEYS, "speaker");
        Map<String, YamlNode> m = def.map();
        Role role = Role.CUSTOMER;
        YamlNode r = m.get("role");
        if (r == null) {
            problems.add(def, "speaker '" + name + "' needs a role: viewer, host, moderator or customer");
        } else {
            String rt = text(r, "role");
            try {
                role = Role.valueOf(rt.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(r, "unknown role '" + rt + "': use viewer, host, moderator or customer");
            }
        }
        String lang = optText(m.get("lang"), "lang");
        if (lang != null) checkLang(m.get("lang"), lang);
        String country = country(m.get("country"));
        String id = m.containsKey("id") ? text(m.get("id"), "id") : name;
        return new SpeakerDef(name, role, id, optText(m.get("name"), "name"), lang, country);
    }

    /**
     * A speaker's country as a suite author types it: an ISO code ("BR"), a country name ("Brasil", "UK") or a city
     * or region ("München", "Toronto"), as its ISO code; null when absent or unknown (then reported).
     */
    private String country(YamlNode node) {
        String typed = optText(node, "country");
        if (typed == null) return null;
        String code = Countries.standard().resolvePlace(typed).orElse(null);
        if (code == null) {
            problems.add(node, "country '" + typed + "' is not an ISO 3166-1 alpha-2 code like BR, a country name or "
                    + "a known city or region");
        }
        return code;
    }

    private Step step(YamlNode node, int n, Map<String, SpeakerDef> declared, Map<String, SpeakerDef> used,
                      Set<String> turnIds) {
        if (!expectMap(node, "a turn")) return null;
        Map<String, YamlNode> m = node.map();
        if (m.containsKey("showing")) {
            for (var k : m.keySet()) {
                if (!k.equals("showing") && !k.equals("at") && !k.equals("after")) {
                    problems.add(node.keyAt().get(k), "a 'showing' step takes only 'at' or 'after', not '" + k + "'");
                }
            }
            return new Showing(text(m.get("showing"), "showing"), timing(m, turnIds));
        }
        if (m.containsKey("host.speaking")) {
            for (var k : m.keySet()) {
                if (!k.equals("host.speaking") && !k.equals("at") && !k.equals("after")) {
                    problems.add(node.keyAt().get(k), "a 'host.speaking' step takes only 'at' or 'after', not '" + k + "'");
                }
            }
            YamlNode v = m.get("host.speaking");
            Boolean on = v.value() instanceof Boolean b ? b
                    : "on".equals(v.text()) ? Boolean.TRUE : "off".equals(v.text()) ? Boolean.FALSE : null;
            if (on == null) {
                problems.add(v, "'host.speaking' is on or off, found " + describe(v));
                return null;
            }
            return new Suite.HostSpeaking(on, timing(m, turnIds));
        }
        String speaker = null;
        String text = null;
        for (var e : m.entrySet()) {
            if (TURN_KEYS.contains(e.getKey())) continue;
            if (declared.containsKey(e.getKey()) || BUILT_IN_SPEAKERS.containsKey(e.getKey())) {
                if (speaker != null) problems.add(node.keyAt().get(e.getKey()), "a turn has one speaker");
                speaker = e.getKey();
                text = text(e.getValue(), "what " + e.getKey() + " says");
            } else {
                problems.add(node.keyAt().get(e.getKey()), "unknown key '" + e.getKey() + "' in turn"
                        + suggest(e.getKey(), concat(TURN_KEYS, declared.keySet()))
                        + " (a speaker must be declared under 'speakers:' or be customer, host or moderator)");
            }
        }
        if (m.containsKey("from")) {
            if (speaker != null) problems.add(m.get("from"), "give the speaker either as 'from' or as the key, not both");
            speaker = text(m.get("from"), "from");
            if (speaker != null && !declared.containsKey(speaker) && !BUILT_IN_SPEAKERS.containsKey(speaker)) {
                problems.add(m.get("from"), "unknown speaker '" + speaker + "'" + suggest(speaker, declared.keySet()));
                speaker = null;
            }
        }
        if (m.containsKey("text")) {
            if (text != null) problems.add(m.get("text"), "the turn's text is given twice");
            text = text(m.get("text"), "text");
        }
        if (speaker == null) {
            problems.add(node, "turn " + n + " has no speaker: write '<speaker>: text' or 'from: <speaker>'");
            return null;
        }
        used.computeIfAbsent(speaker, s -> declared.containsKey(s) ? declared.get(s)
                : new SpeakerDef(s, BUILT_IN_SPEAKERS.get(s), s, null, null, null));
        Path audio = null;
        if (m.containsKey("audio")) {
            String a = text(m.get("audio"), "audio");
            if (a != null) {
                audio = file.toAbsolutePath().getParent().resolve(a).normalize();
                if (!Files.isRegularFile(audio)) problems.add(m.get("audio"), "audio file " + audio + " not found");
                else if (!a.toLowerCase(Locale.ROOT).endsWith(".wav")) problems.add(m.get("audio"), "audio must be a .wav file");
            }
        }
        if (text == null && audio == null) problems.add(node, "turn " + n + " says nothing: give text or audio");
        String id = m.containsKey("id") ? text(m.get("id"), "id") : "t" + n;
        Timing timing = timing(m, turnIds);
        if (id != null && !turnIds.add(id)) problems.add(m.getOrDefault("id", node), "duplicate turn id '" + id + "'");
        List<Expectation> expect = m.containsKey("expect") ? expectations(m.get("expect")) : List.of();
        return new TurnSpec(id, speaker, text, audio, timing, expect, node.line());
    }

    private Timing timing(Map<String, YamlNode> m, Set<String> earlierTurns) {
        YamlNode at = m.get("at"), after = m.get("after");
        if (at != null && after != null) {
            problems.add(after, "give either 'at' or 'after', not both");
            return Timing.SEQUENTIAL;
        }
        if (at != null) return new Timing(duration(at, "at"), null, null, 0);
        if (after == null) return Timing.SEQUENTIAL;
        if (!expectMap(after, "'after' ({event: reply.started, of: turn-id, delay: 150})")) return Timing.SEQUENTIAL;
        checkKeys(after, AFTER_KEYS, "after");
        Map<String, YamlNode> a = after.map();
        String event = a.containsKey("event") ? text(a.get("event"), "event") : "reply.started";
        if (event != null && !AFTER_EVENTS.contains(event)) {
            problems.add(a.get("event"), "unknown event '" + event + "': use one of " + AFTER_EVENTS);
        }
        String of = a.containsKey("of") ? text(a.get("of"), "of") : null;
        if (of == null) {
            problems.add(after, "'after' needs 'of': the id of an earlier turn");
        } else if (!earlierTurns.contains(of)) {
            problems.add(a.get("of"), "'of: " + of + "' names no earlier turn");
        }
        long delay = a.containsKey("delay") ? duration(a.get("delay"), "delay") : 0;
        return new Timing(null, event, of, delay);
    }

    private List<Expectation> expectations(YamlNode node) {
        if (!expectMap(node, "'expect'")) return List.of();
        List<Expectation> out = new ArrayList<>();
        Map<String, YamlNode> m = node.map();
        for (var e : m.entrySet()) {
            YamlNode v = e.getValue();
            switch (e.getKey()) {
                case "intent" -> {
                    String i = text(v, "intent");
                    if (i != null) {
                        try {
                            out.add(new Expectation.Intent(Intent.fromWire(i).wireName()));
                        } catch (IllegalArgumentException ex) {
                            problems.add(v, "unknown intent '" + i + "': use one of " + Arrays.stream(Intent.values())
                                    .map(Intent::wireName).toList());
                        }
                    }
                }
                case "lang" -> {
                    String l = text(v, "lang");
                    if (l != null && checkLang(v, l)) out.add(new Expectation.Lang(l));
                }
                case "facts" -> out.add(new Expectation.Facts(texts(v, "facts")));
                case "not" -> out.add(new Expectation.NotContains(texts(v, "not")));
                case "grounded" -> {
                    if (bool(v, "grounded")) out.add(new Expectation.Grounded());
                }
                case "handoff" -> out.add(new Expectation.Handoff(bool(v, "handoff")));
                case "outcome" -> {
                    String o = text(v, "outcome");
                    if (o != null && !OUTCOMES.contains(o)) {
                        problems.add(v, "unknown outcome '" + o + "': use one of " + OUTCOMES);
                    } else if (o != null) {
                        YamlNode reason = m.get("skip_reason");
                        if (reason != null && !o.equals("skipped")) problems.add(reason, "skip_reason needs outcome: skipped");
                        out.add(new Expectation.Outcome(o, reason == null ? null : text(reason, "skip_reason")));
                    }
                }
                case "skip_reason" -> {
                    if (!m.containsKey("outcome")) problems.add(v, "skip_reason needs outcome: skipped");
                }
                case "cancelled" -> {
                    if (v.value() instanceof Boolean b) out.add(new Expectation.Cancelled(b, null));
                    else {
                        String reason = text(v, "cancelled");
                        if (reason != null) out.add(new Expectation.Cancelled(true, reason));
                    }
                }
                case "within" -> out.add(new Expectation.Within(duration(v, "within")));
                case "no_reply" -> {
                    if (v.value() instanceof Boolean b) {
                        if (b) out.add(new Expectation.NoReply(null));
                        else problems.add(v, "'no_reply: false' says nothing: to require a reply write 'outcome: replied'");
                    } else {
                        out.add(new Expectation.NoReply(duration(v, "no_reply")));
                    }
                }
                case "absent" -> {
                    List<String> patterns;
                    Long window = null;
                    if (v.isMap()) {
                        checkKeys(v, ABSENT_KEYS, "absent");
                        YamlNode ps = v.map().get("patterns");
                        if (ps == null) problems.add(v, "'absent' needs 'patterns': texts or /regular expressions/");
                        patterns = ps == null ? List.of() : texts(ps, "absent patterns");
                        if (v.map().containsKey("within")) window = duration(v.map().get("within"), "absent within");
                    } else {
                        patterns = texts(v, "absent");
                    }
                    for (String p : patterns) {
                        if (p.length() > 2 && p.startsWith("/") && p.endsWith("/")) {
                            try {
                                java.util.regex.Pattern.compile(p.substring(1, p.length() - 1));
                            } catch (java.util.regex.PatternSyntaxException ex) {
                                problems.add(v, "bad regular expression " + p + ": " + ex.getDescription());
                            }
                        }
                    }
                    if (!patterns.isEmpty()) out.add(new Expectation.Absent(patterns, window));
                }
                case "judge" -> {
                    String c = text(v, "judge");
                    if (c != null) out.add(new Expectation.JudgedBy(c));
                }
                default -> problems.add(node.keyAt().get(e.getKey()), "unknown assertion '" + e.getKey() + "'"
                        + suggest(e.getKey(), EXPECT_KEYS) + "; assertions are " + EXPECT_KEYS);
            }
        }
        return out;
    }

    // ---- replays

    private Replay replay(YamlNode node) {
        if (!expectMap(node, "a replay")) return null;
        checkKeys(node, REPLAY_KEYS, "replay");
        Map<String, YamlNode> m = node.map();
        String id = required(node, "id", "replay");
        List<ReplayMessage> messages = new ArrayList<>();
        if (m.containsKey("messages") == m.containsKey("generate")) {
            problems.add(node, "a replay needs either 'messages' or 'generate' (not both)");
        }
        int n = 0;
        for (YamlNode msg : listOf(m.get("messages"), "messages")) {
            n++;
            if (!expectMap(msg, "a replay message")) continue;
            checkKeys(msg, MESSAGE_KEYS, "replay message");
            Map<String, YamlNode> mm = msg.map();
            long at = mm.containsKey("at") ? duration(mm.get("at"), "at") : 0;
            String viewer = mm.containsKey("viewer") ? text(mm.get("viewer"), "viewer") : "v" + n;
            String lang = optText(mm.get("lang"), "lang");
            if (lang != null) checkLang(mm.get("lang"), lang);
            String text = required(msg, "text", "replay message");
            String mid = mm.containsKey("id") ? text(mm.get("id"), "id") : "m" + n;
            String topic = mm.containsKey("topic") ? text(mm.get("topic"), "topic") : "default";
            messages.add(new ReplayMessage(at, mid, viewer, lang, country(mm.get("country")), text, topic));
        }
        messages.sort(java.util.Comparator.comparingLong(ReplayMessage::atMs));
        if (m.containsKey("generate")) messages.addAll(generate(m.get("generate")));
        List<ReplayExpectation> expect = m.containsKey("expect") ? replayExpectations(m.get("expect")) : List.of();
        return new Replay(id, optText(m.get("description"), "description"), optText(m.get("showing"), "showing"),
                messages, expect, optText(m.get("xfail"), "xfail"), node.line());
    }

    private List<ReplayMessage> generate(YamlNode node) {
        if (!expectMap(node, "'generate'")) return List.of();
        checkKeys(node, GENERATE_KEYS, "generate");
        Map<String, YamlNode> m = node.map();
        int viewers = m.containsKey("viewers") ? (int) count(m.get("viewers"), "viewers") : 100;
        double rate = m.containsKey("rate") ? rate(m.get("rate")) : 10;
        long duration = m.containsKey("duration") ? duration(m.get("duration"), "duration") : 10_000;
        long seed = m.containsKey("seed") ? count(m.get("seed"), "seed") : 1;
        Map<String, Map<String, List<String>>> topics = new LinkedHashMap<>();
        if (m.containsKey("templates") == m.containsKey("topics")) {
            problems.add(node, "'generate' needs either 'templates' (language: [texts]) or 'topics' (topic: {language: [texts]})");
        }
        if (m.containsKey("templates")) topics.put("default", templates(m.get("templates")));
        if (m.containsKey("topics") && expectMap(m.get("topics"), "'topics'")) {
            m.get("topics").map().forEach((t, v) -> topics.put(t, templates(v)));
        }
        Map<String, String> countries = new LinkedHashMap<>();
        if (m.containsKey("countries") && expectMap(m.get("countries"), "'countries' (language: country)")) {
            m.get("countries").map().forEach((l, c) -> {
                String code = country(c);
                if (code != null) countries.put(l, code);
            });
        }
        if (viewers < 1 || rate <= 0 || duration <= 0) {
            problems.add(node, "viewers, rate and duration must be positive");
            return List.of();
        }
        if (topics.values().stream().anyMatch(Map::isEmpty)) return List.of();
        return ReplayGenerator.generate(viewers, rate, duration, seed, topics, countries);
    }

    private Map<String, List<String>> templates(YamlNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!expectMap(node, "templates (language: [texts])")) return out;
        node.map().forEach((lang, texts) -> {
            checkLang(node.keyAt().get(lang), lang);
            List<String> t = texts(texts, "templates for " + lang);
            if (t.isEmpty()) problems.add(texts, "no templates for " + lang);
            else out.put(lang, t);
        });
        return out;
    }

    private List<ReplayExpectation> replayExpectations(YamlNode node) {
        if (!expectMap(node, "'expect'")) return List.of();
        List<ReplayExpectation> out = new ArrayList<>();
        for (var e : node.map().entrySet()) {
            YamlNode v = e.getValue();
            switch (e.getKey()) {
                case "all_outcomes" -> {
                    if (bool(v, "all_outcomes")) out.add(new ReplayExpectation.AllOutcomes());
                }
                case "min_join_rate" -> {
                    double r = fraction(v, "min_join_rate");
                    out.add(new ReplayExpectation.MinJoinRate(r));
                }
                case "same_facts" -> {
                    if (bool(v, "same_facts")) out.add(new ReplayExpectation.SameFacts());
                }
                case "facts" -> out.add(new ReplayExpectation.ReplyFacts(texts(v, "facts")));
                case "p95_started_within" -> out.add(new ReplayExpectation.P95Started(duration(v, "p95_started_within")));
                default -> problems.add(node.keyAt().get(e.getKey()), "unknown replay assertion '" + e.getKey() + "'"
                        + suggest(e.getKey(), REPLAY_EXPECT_KEYS) + "; replay assertions are " + REPLAY_EXPECT_KEYS);
            }
        }
        return out;
    }

    // ---- scalars

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min)?");
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*(s|min))?");

    /** "1200", "1200ms", "1.5s", "2min" to milliseconds. */
    private long duration(YamlNode node, String what) {
        String t = node.text();
        Matcher mt = t == null ? null : DURATION.matcher(t.strip());
        if (mt == null || !mt.matches()) {
            problems.add(node, "bad duration for '" + what + "': " + (t == null ? node.kind() : "'" + t + "'")
                    + " (write 1200, 1200ms, 1.5s or 2min)");
            return 0;
        }
        double v = Double.parseDouble(mt.group(1));
        String unit = mt.group(2) == null ? "ms" : mt.group(2);
        return Math.round(switch (unit) {
            case "s" -> v * 1000;
            case "min" -> v * 60_000;
            default -> v;
        });
    }

    /** "40/s", "600/min" or 40 (per second) to messages per second. */
    private double rate(YamlNode node) {
        String t = node.text();
        Matcher mt = t == null ? null : RATE.matcher(t.strip());
        if (mt == null || !mt.matches()) {
            problems.add(node, "bad rate " + (t == null ? node.kind() : "'" + t + "'") + " (write 40/s or 600/min)");
            return 1;
        }
        double v = Double.parseDouble(mt.group(1));
        return "min".equals(mt.group(2)) ? v / 60 : v;
    }

    private long count(YamlNode node, String what) {
        if (node.value() instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) return n.longValue();
        problems.add(node, "'" + what + "' must be a whole number, found " + describe(node));
        return 1;
    }

    private double fraction(YamlNode node, String what) {
        if (node.value() instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) return n.doubleValue();
        problems.add(node, "'" + what + "' must be a number from 0 to 1, found " + describe(node));
        return 0;
    }

    private boolean bool(YamlNode node, String what) {
        if (node.value() instanceof Boolean b) return b;
        problems.add(node, "'" + what + "' must be true or false, found " + describe(node));
        return false;
    }

    private String text(YamlNode node, String what) {
        String t = node.text();
        if (t == null || t.isBlank()) {
            problems.add(node, "'" + what + "' must be text, found " + node.kind());
            return null;
        }
        return t;
    }

    private String optText(YamlNode node, String what) {
        return node == null ? null : text(node, what);
    }

    private List<String> texts(YamlNode node, String what) {
        if (node.isList()) {
            List<String> out = new ArrayList<>();
            for (YamlNode n : node.list()) {
                String t = text(n, what);
                if (t != null) out.add(t);
            }
            return out;
        }
        String t = text(node, what);
        return t == null ? List.of() : List.of(t);
    }

    private String required(YamlNode node, String key, String in) {
        YamlNode v = node.map().get(key);
        if (v == null) {
            problems.add(node, in + " needs '" + key + "'");
            return null;
        }
        return text(v, key);
    }

    private boolean checkLang(YamlNode at, String lang) {
        if (lang.matches("[a-z]{2}") || Languages.get(lang).isPresent()) return true;
        problems.add(at, "language '" + lang + "' is not an ISO 639-1 code like pt, nor one of " + Languages.codes());
        return false;
    }

    private List<YamlNode> listOf(YamlNode node, String what) {
        if (node == null || node.value() == null) return List.of();
        if (!node.isList()) {
            problems.add(node, "'" + what + "' must be a list (items start with '- '), found " + node.kind());
            return List.of();
        }
        return node.list();
    }

    private boolean expectMap(YamlNode node, String what) {
        if (node.isMap()) return true;
        problems.add(node, what + " must be a mapping (key: value), found " + describe(node));
        return false;
    }

    private void checkKeys(YamlNode node, List<String> allowed, String in) {
        for (String k : node.map().keySet()) {
            if (!allowed.contains(k)) {
                problems.add(node.keyAt().get(k), "unknown key '" + k + "' in " + in + suggest(k, allowed)
                        + "; allowed: " + allowed);
            }
        }
    }

    private static String describe(YamlNode node) {
        return node.text() == null ? node.kind() : "'" + node.text() + "'";
    }

    private static List<String> concat(List<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** ", did you mean 'expect'?" when a known word is one or two edits away. */
    private static String suggest(String word, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(word.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
