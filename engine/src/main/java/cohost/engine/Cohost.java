package cohost.engine;

import cohost.engine.answer.Composer;
import cohost.engine.answer.Facts;
import cohost.engine.answer.FactFinder;
import cohost.engine.answer.LlmComposer;
import cohost.engine.answer.Pacer;
import cohost.engine.answer.translate.Translator;
import cohost.engine.answer.StreamingReply;
import cohost.engine.answer.TemplateComposer;
import cohost.engine.model.ChatModel;
import cohost.engine.answer.Templates;
import cohost.engine.time.TimeSource;
import cohost.engine.rules.BannedWords;
import cohost.engine.transcript.Handoff;
import cohost.engine.transcript.TranscriptStore;
import cohost.engine.understand.Context;
import cohost.engine.understand.Understander;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Languages;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine: understands messages, answers them from the store's facts in the asker's language, and lets every
 * reply be interrupted. One instance serves every conversation of one store; it holds no global state.
 *
 * <p>A turn: understand the message in its conversation's context, look up the {@link Facts} that answer it,
 * render them (templates, or the LLM under a number guardrail), and stream the reply. Turns of one conversation run
 * one after another; different conversations run concurrently. Each reply also carries {@code hostText}, the same
 * facts rendered in the store's host language.
 *
 * <pre>{@code
 * Cohost cohost = Cohost.builder(knowledge).build();
 * Reply reply = cohost.ask("desk-42", Utterance.typed("m1", Speaker.customer("c1", "Ana", null, "MX"), "envío a mx??"));
 * reply.result().join().text(); // "@Ana Envío a México: ..."
 * }</pre>
 */
public final class Cohost implements AutoCloseable {

    /** Configures an engine; only the knowledge is required. */
    public static final class Builder {
        private final Knowledge knowledge;
        private ChatModel chatModel;
        private Duration modelSilence = LlmComposer.DEFAULT_SILENCE;
        private Duration idleConversation = Duration.ofHours(2);
        private long maxConversations = 200_000;
        private int pace;
        private TimeSource time = TimeSource.system();
        private Executor executor;
        private TranscriptStore transcripts;

        private Builder(Knowledge knowledge) {
            this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        }

        /**
         * Compose and translate with this model (the engine's port: {@code connectors/llm} adapts any langchain4j
         * streaming client to it); without one, or whenever it fails or goes silent, localized templates answer.
         */
        public Builder chatModel(ChatModel chatModel) {
            this.chatModel = chatModel;
            return this;
        }

        /** Answer from templates when the chat model sends nothing for this long (default 10 seconds). */
        public Builder modelSilence(Duration silence) {
            if (silence.isNegative() || silence.isZero()) throw new IllegalArgumentException("modelSilence must be positive");
            this.modelSilence = silence;
            return this;
        }

        /** Forget a conversation after this long without a message (default 2 hours). */
        public Builder idleConversation(Duration idle) {
            this.idleConversation = idle;
            return this;
        }

        /** Keep at most this many conversations, least recently used evicted first (default 200,000). */
        public Builder maxConversations(long max) {
            this.maxConversations = max;
            return this;
        }

        /**
         * Deliver live-room replies (those of {@link Cohost#answer}) at this many characters per second, a word at a
         * time, as speech would be, so the host or the asker can cut in part-way; 0 (the default) sends each template
         * answer whole. Desk replies ({@link Cohost#ask}) are never paced; a live-room LLM reply is said at this pace
         * too, each sentence once the model has written and the claim check has passed it.
         */
        public Builder pace(int charsPerSecond) {
            if (charsPerSecond < 0) throw new IllegalArgumentException("pace must be 0 (off) or positive chars per second");
            this.pace = charsPerSecond;
            return this;
        }

        /**
         * Where the engine gets its time (default: the machine's): reply pacing, the model's silence limit, turn
         * times and latency all read it, so a {@link cohost.engine.time.VirtualTime} runs them exactly, at any speed.
         * Give a room the same one.
         */
        public Builder time(TimeSource time) {
            this.time = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Runs turns that wait for an earlier turn of their conversation (default: a virtual thread each, shut down
         * with the engine; one given here is the caller's to shut down). An in-process eval counts what runs here to
         * know when the engine is quiet.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Keep transcripts and handoffs here (a database, so they outlive the process); by default they are kept in
         * memory, as bounded as the conversations. The store is the caller's: closing the engine leaves it open.
         */
        public Builder transcripts(TranscriptStore transcripts) {
            this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
            return this;
        }

        public Cohost build() {
            return new Cohost(this);
        }
    }

    public static Builder builder(Knowledge knowledge) {
        return new Builder(knowledge);
    }

    /**
     * The KB in service and everything built from it (understanding, fact lookup, templates, the composer), so
     * that a KB reload ({@link #use}) swaps them as one reference: a turn reads it once and never mixes two versions.
     */
    private record Snapshot(Knowledge knowledge, Understander understander, FactFinder facts, Templates templates,
                            Composer composer, Translator translator) {
    }

    private volatile Snapshot snapshot;
    /** Held while a KB is put in service, so each new snapshot builds on the one before it. */
    private final Object swapping = new Object();
    private final ChatModel chatModel;
    private final Duration modelSilence;
    private final Cache<String, Conversation> conversations;
    /**
     * Template answers without the "@name" mention, shared by every reply built from the same facts in the same
     * language (viewers ask the same few things; rendering formats every price with a fresh NumberFormat).
     */
    private final Cache<Rendered, String> rendered;
    private final Executor pool;
    /** The engine's own pool when none was given, shut down on close; else null. */
    private final ExecutorService ownPool;
    private final AtomicLong replyIds = new AtomicLong();
    /**
     * "r", or with transcripts kept beyond this engine (a database), "r" and a tag of this engine's own: a restarted
     * server, or another node on the same database, must not reuse a kept reply's id (messages name their reply by it).
     */
    private final String replyIdPrefix;
    /** Paces live-room template replies, or null when they go out whole. */
    private final Pacer pacer;
    private final TimeSource time;
    /** Every turn as it is built, and what transcripts are read from (the conversations keep only their context). */
    private final TranscriptStore transcripts;

    private record Rendered(Facts facts, String lang, String kbVersion) {
    }

    private Cohost(Builder builder) {
        this.time = builder.time;
        this.ownPool = builder.executor == null ? Executors.newVirtualThreadPerTaskExecutor() : null;
        this.pool = builder.executor == null ? ownPool : builder.executor;
        this.chatModel = builder.chatModel;
        this.modelSilence = builder.modelSilence;
        this.snapshot = snapshot(builder.knowledge, null);
        // Cache upkeep runs on the calling thread: handing it to the common pool on every turn costs a thread wake-up
        // (measured as the top sample in the turn benchmark), more than the upkeep itself.
        this.conversations = Caffeine.newBuilder().expireAfterAccess(builder.idleConversation)
                .maximumSize(builder.maxConversations).executor(Runnable::run).build();
        this.rendered = Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
        // each word is a timer on the engine's time source, run on its timer threads (or virtual, on the thread moving time)
        this.pacer = builder.pace == 0 ? null : new Pacer(builder.pace, time);
        this.replyIdPrefix = builder.transcripts == null ? "r"
                : "r" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36,
                        36L * 36 * 36 * 36 * 36 * 36), 36) + "-";
        this.transcripts = builder.transcripts != null ? builder.transcripts
                : TranscriptStore.inMemory(builder.maxConversations, Conversation.MAX_TURNS,
                        cohost.engine.room.RoomPolicy.DEFAULTS.transcriptCapacity(), 1000);
    }

    /** The KB in service now (it changes when {@link #use} swaps in a reloaded one). */
    public Knowledge knowledge() {
        return snapshot.knowledge();
    }

    /**
     * Puts a new KB in service: understanding (product names, options, payment names), facts and templates are built
     * from it on the calling thread, then swapped in as one reference; turns already under way finish on the KB they
     * started with, the next ones use this one. Rendered texts are cached per KB version, so no old price is served.
     * What the change did not touch (the understanding of unchanged product names) is taken over, not rebuilt; two
     * calls at once are put in service one after the other.
     */
    public void use(Knowledge next) {
        Objects.requireNonNull(next, "knowledge");
        synchronized (swapping) {
            snapshot = snapshot(next, snapshot.understander());
        }
    }

    /**
     * What serves {@code knowledge}; the understanding of names the KB did not change (the usual price or stock edit)
     * is taken over from {@code previous} rather than rebuilt ({@link Understander#Understander(Knowledge, Understander)}).
     */
    private Snapshot snapshot(Knowledge knowledge, Understander previous) {
        // store texts the KB lacks in a language are translated by the model (checked, cached) when there is one
        Translator translator = chatModel == null ? null : new Translator(chatModel, knowledge, modelSilence, time);
        Templates templates = new Templates(knowledge, translator);
        // the template composer answers when there is no model; with one, it is the model composer's fallback
        Composer composer = chatModel == null ? new TemplateComposer()
                : new LlmComposer(chatModel, templates, modelSilence, time);
        return new Snapshot(knowledge, new Understander(knowledge, previous), new FactFinder(knowledge), templates,
                composer, translator);
    }

    /** The engine's time source (a room serving this engine should read the same one). */
    public TimeSource time() {
        return time;
    }

    /** Understands and answers one message; the turns of one conversation are processed in order. */
    public Reply ask(String conversationId, Utterance utterance) {
        return ask(conversationId, utterance, null);
    }

    /** As {@link #ask(String, Utterance)}, with the product on screen now ("this one"), or null. */
    public Reply ask(String conversationId, Utterance utterance, String showingSku) {
        long arrived = time.nanoTime();
        Objects.requireNonNull(conversationId, "conversationId");
        Conversation c = conversations.get(conversationId, Conversation::new);
        // Understanding and queueing under the conversation's lock: two messages of one viewer keep their order.
        synchronized (c) {
            Question q = question(c, new Ask(conversationId, utterance), showingSku);
            String replyId = nextReplyId();
            Turn received = Turn.message(utterance, q.meaning(), Turn.Status.RECEIVED, replyId, utterance.at());
            c.heard(received, utterance.speaker(), q.meaning());
            transcripts.conversationTurn(conversationId, received, false);
            return start(List.of(q), q.lang(), arrived, false, replyId);
        }
    }

    /** A message of fewer words than this is too short to switch a conversation to another Latin-script language. */
    private static final int WORDS_TO_SWITCH = 4;

    /**
     * The reply goes out in the message's language, or in the conversation's when the message is too short to tell:
     * a short undeclared follow-up in one Latin-script language after another keeps the conversation's (Latin-script
     * languages, where a few words cannot tell one from another: "Und per Express?" reads as English). Other
     * scripts (Hangul, kana, Han, Arabic) say their language even in one word, so they always count.
     */
    private static Understanding keepConversationLanguage(Understanding meaning, Utterance u, Conversation c) {
        String before = c.lang();
        if (u.speaker().lang() != null || before == null || before.equals(meaning.lang())
                || !Languages.isLatin(before) || !Languages.isLatin(meaning.lang()) || words(u.text()) >= WORDS_TO_SWITCH) {
            return meaning;
        }
        return meaning.inLanguage(before);
    }

    private static int words(String text) {
        int n = 0;
        for (String w : text.strip().split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) n++;
        }
        return n;
    }

    /**
     * What a message means in its asker's conversation and the facts that answer it for that asker, without
     * answering it or recording anything (a room decides on this: who joins whom, what to skip).
     */
    public Question question(String conversationId, Utterance utterance, String showingSku) {
        return pinned(question(conversations.getIfPresent(conversationId), new Ask(conversationId, utterance), showingSku));
    }

    /**
     * In a live room, a message naming a keyword the operator pinned for the show (rules.json) gets the pinned
     * answer, whatever else it asks: the operator chose it for exactly these words.
     */
    private Question pinned(Question q) {
        return knowledge().rules().pinned(q.utterance().text(), q.speaker().country()).map(pin -> {
            Understanding m = q.meaning();
            Understanding asked = new Understanding(m.lang(), Intent.PINNED, m.slots(), false, 1.0);
            return new Question(q.ask(), asked, new Facts.Pinned(Intent.PINNED, pin.id(), pin.answer()), gist(asked));
        }).orElse(q);
    }

    /**
     * A greeting of a room event ({@code kind}: join, follow, order) in the viewer's language, else the store's: the
     * operator's text from the rules, said as written and addressed to the viewer, as a reply to {@code eventId}.
     * The room decides whether to greet at all (rate, and answers first).
     */
    public Reply greet(String conversationId, String eventId, Speaker viewer, String kind,
                       cohost.knowledge.Localized text, java.time.Instant at) {
        String lang = viewer.lang() != null ? viewer.lang() : knowledge().store().defaultLanguage();
        Understanding meaning = new Understanding(lang, Intent.GREETING, Slots.NONE, false, 1.0);
        Question q = new Question(new Ask(conversationId, new Utterance(eventId, viewer, "", false, at)), meaning,
                new Facts.Pinned(Intent.GREETING, "greetings." + kind, text), gist(meaning));
        return answer(List.of(q), lang);
    }

    private Question question(Conversation c, Ask ask, String showingSku) {
        Utterance utterance = ask.utterance();
        Speaker s = utterance.speaker();
        Snapshot kb = snapshot;
        Context context = c != null ? c.context(s, showingSku) : new Context(null, Slots.NONE, showingSku, s.country(), null);
        Understanding meaning = kb.understander().understand(utterance.text(), s.lang(), context);
        if (c != null) meaning = keepConversationLanguage(meaning, utterance, c);
        Facts found = kb.facts().find(meaning, utterance.text(), c != null ? c.country(s) : s.country());
        return new Question(ask, meaning, found, gist(kb, meaning));
    }

    /**
     * One answer, written in {@code lang}, to questions whose facts are the same (the first one's facts are
     * rendered), addressed to each asker; every asker's conversation records the reply as it ends (the messages'
     * outcomes are their owner's to {@link #record}). This is the live-room path: its template replies go out at the
     * builder's {@link Builder#pace} when one is set.
     */
    public Reply answer(List<Question> questions, String lang) {
        long arrived = time.nanoTime();
        if (questions.isEmpty()) throw new IllegalArgumentException("answer needs at least one question");
        return start(questions, lang, arrived, true, nextReplyId());
    }

    /**
     * The question was joined to {@code reply}, an answer to the same facts given to someone else: the asker's
     * conversation records the reply as it ends, so their follow-up ("and express?") has its context.
     */
    public void joined(Question question, Reply reply) {
        Conversation c = conversations.get(question.ask().conversationId(), Conversation::new);
        reply.turn().thenAccept(c::add);
        reply.result().thenAccept(r -> transcripts.conversationTurn(c.id, reply.turn().join(), r.handoff()));
    }

    /**
     * Records what became of a message in its asker's conversation (received and answered by a reply, joined to one,
     * skipped and why), as decided by the message's owner (a room). {@code meaning} is the message's understanding
     * when it was taken up (received or joined), so the asker's next message can follow up on it; else null.
     */
    public void record(String conversationId, Turn outcome, Understanding meaning) {
        conversations.get(conversationId, Conversation::new).heard(outcome, outcome.speaker(), meaning);
        transcripts.conversationTurn(conversationId, outcome, false);
    }

    /** A turn of a room's transcript, built by the room (the same value its askers' conversations get). */
    public void roomTurn(String roomId, Turn turn) {
        transcripts.roomTurn(roomId, turn);
    }

    /** A room's transcript as kept (also after the room has closed, or the process restarted), or empty. */
    public List<Turn> roomTranscript(String roomId) {
        return transcripts.room(roomId, TranscriptStore.DEFAULT_READ_LIMIT);
    }

    /** Where this engine keeps its transcripts (for its figures: writes pending and dropped). */
    public TranscriptStore transcripts() {
        return transcripts;
    }

    /** The latest handoffs, newest first: replies that offered a human, each with the question it answered. */
    public List<Handoff> handoffs(int limit) {
        return transcripts.handoffs(limit);
    }

    private String nextReplyId() {
        return replyIdPrefix + replyIds.incrementAndGet();
    }

    /** A short gist of a message in the host's language, e.g. "[运费 → 巴西]". */
    public String gist(Understanding understanding) {
        return gist(snapshot, understanding);
    }

    private static String gist(Snapshot kb, Understanding understanding) {
        return kb.templates().gist(understanding, kb.knowledge().store().hostLanguage());
    }

    /** The conversation's transcript as kept (see {@link Builder#transcripts}), or empty if it has none. */
    public Optional<List<Turn>> transcript(String conversationId) {
        List<Turn> turns = transcripts.conversation(conversationId, TranscriptStore.DEFAULT_READ_LIMIT);
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns);
    }

    private Reply start(List<Question> questions, String lang, long arrived, boolean live, String replyId) {
        Question first = questions.getFirst();
        Facts found = first.facts();
        List<String> names = questions.stream().map(q -> q.speaker().name()).filter(Objects::nonNull)
                .distinct().toList();
        List<String> messageIds = questions.stream().map(q -> q.utterance().messageId()).toList();
        List<Conversation> involved = new ArrayList<>(new LinkedHashSet<>(questions.stream()
                .map(q -> conversations.get(q.ask().conversationId(), Conversation::new)).toList()));
        Conversation firstConversation = involved.getFirst();
        BannedWords banned = BannedWords.of(knowledge().rules(),
                questions.stream().map(q -> q.speaker().country()).toList());

        AtomicBoolean handoff = new AtomicBoolean();
        StreamingReply reply = new StreamingReply(replyId, messageIds, lang, found.intent(), arrived,
                result -> handoff.set(result.handoff()), time);
        reply.turn().thenAccept(turn -> involved.forEach(c -> {
            c.add(turn);
            transcripts.conversationTurn(c.id, turn, handoff.get());
        }));
        List<CompletableFuture<?>> before = new ArrayList<>();
        for (Conversation c : involved) {
            before.add(c.tail());
        }
        CompletableFuture<?> previous = before.size() == 1 ? before.getFirst()
                : CompletableFuture.allOf(before.toArray(CompletableFuture[]::new));
        // Set every tail before running, so a turn queued meanwhile waits for this one.
        CompletableFuture<Object> queued = new CompletableFuture<>();
        for (Conversation c : involved) c.tail(queued);
        Conversation.after(previous, pool, () -> compose(reply, found, lang, names, firstConversation, first, live, banned))
                .whenComplete((r, e) -> queued.complete(null));
        return reply;
    }

    private CompletableFuture<?> compose(StreamingReply reply, Facts found, String lang, List<String> names,
                                         Conversation conversation, Question ask, boolean live, BannedWords banned) {
        if (reply.isEnded()) return reply.result();
        Snapshot kb = snapshot;
        // starts the translations of store texts for the asker and the host at once (they are awaited where rendered)
        if (kb.translator() != null) {
            kb.translator().prepare(found, List.of(lang, kb.knowledge().store().hostLanguage()), false);
        }
        // the store's rules: no banned word is said, not even in a name the reply addresses ("@Temu_deals")
        names = names.stream().filter(n -> !banned.in(Templates.mention(List.of(n)))).toList();
        String body = banned.without(render(kb, found, lang));
        if (body.isEmpty()) {
            reply.cancel(Turn.WITHHELD_REASON); // every sentence carried a banned word: say nothing rather than half
            return reply.result();
        }
        String hostText = banned.without(hostText(kb, found, names));
        boolean model = kb.composer().usesModel(found);
        kb.composer().compose(reply, new Composer.Request(found, lang, names, leadIn(kb, lang), body, hostText,
                model ? conversation.recent(8) : List.of(), ask.utterance().text(), live ? pacer : null, banned));
        return reply.result();
    }

    /**
     * The store's AI label said before every reply in {@code lang} (store.json {@code aiDisclosure.leadIn}), with a
     * space after it unless it ends in CJK punctuation ("【AI】"), or "" when the store sets none.
     */
    private static String leadIn(Snapshot kb, String lang) {
        var disclosure = kb.knowledge().store().aiDisclosure();
        String label = disclosure == null ? "" : disclosure.leadIn(lang).strip();
        if (label.isEmpty()) return "";
        int last = label.codePointBefore(label.length());
        boolean cjkPunctuation = (last >= 0x3000 && last <= 0x303F) || (last >= 0xFF00 && last <= 0xFFEF);
        return cjkPunctuation ? label : label + " ";
    }

    private String hostText(Snapshot kb, Facts found, List<String> names) {
        // the model composes the asker's reply: it does not wait for the host's translations (they follow for later)
        return Templates.mention(names) + render(kb, found, kb.knowledge().store().hostLanguage(),
                !kb.composer().usesModel(found));
    }

    /** The template answer to these facts in this language, without mention, from the KB version in service. */
    private String render(Snapshot kb, Facts found, String lang) {
        return render(kb, found, lang, true);
    }

    /**
     * With a model, first has store texts the KB lacks in the asker's or the host's language translated (both at
     * once), waiting for them if {@code wait}; a text whose translation is not ready is said with a note, and that
     * answer is not cached, so a later asker gets the translation.
     */
    private String render(Snapshot kb, Facts found, String lang, boolean wait) {
        Translator translator = kb.translator();
        if (translator != null
                && !translator.prepare(found, List.of(lang, kb.knowledge().store().hostLanguage()), wait)) {
            return kb.templates().render(found, lang, List.of());
        }
        return rendered.get(new Rendered(found, lang, kb.knowledge().version()),
                k -> kb.templates().render(k.facts(), k.lang(), List.of()));
    }

    @Override
    public void close() {
        if (pacer != null) pacer.close();
        if (ownPool != null) ownPool.shutdownNow();
    }
}
