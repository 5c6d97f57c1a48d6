package cohost.engine.bench;

import cohost.engine.rules.BannedWords;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.RoomRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the room rules cost per message and per reply, on the demo store's rules.json: the intake checks every viewer
 * message takes on the room's thread (banned words for the asker's market, then pinned keywords), and the banned-word
 * pass over a reply's text. Run: see BENCHMARKS.md, section "Room rules".
 */
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=2", "-Xmx512m"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class RulesBench {

    /** Chat as it comes: ten languages, Traditional Chinese, full-width letters, emoji, a banned word, a keyword. */
    static final List<String> MESSAGES = List.of(
            "quanto custa o frete pro Brasil?", "how long to ship to Germany?? 🙏", "有优惠码吗", "運費多少？",
            "¿cuánto tarda el envío a México?", "Versand nach Österreich wie lange", "送料はいくらですか？",
            "배송비 얼마예요?", "ongkir ke Jakarta berapa kak", "كم تكلفة الشحن إلى الرياض؟", "ＣＯＵＰＯＮ pls",
            "is it cheaper on AliExpress?", "c'est combien la livraison en France ?", "kkkkkkk amei");

    static final String REPLY = "Standard shipping to Brazil takes 15 to 30 business days and costs US$ 6.99. "
            + "Express takes 5 to 9 business days. Duties are paid on delivery.";

    @State(Scope.Benchmark)
    public static class Rules {
        RoomRules rules;
        BannedWords banned;
        int i;

        @Setup
        public void setUp() {
            rules = KnowledgeBase.demo().rules();
            banned = BannedWords.of(rules, List.of("BR"));
        }
    }

    /** One viewer message through the intake's rule checks: banned word for its market, then pinned keyword. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object intakeChecks(Rules r) {
        String m = MESSAGES.get(r.i++ % MESSAGES.size());
        return r.rules.bannedWordIn(m, List.of("DE")).isPresent() ? null : r.rules.pinned(m, "DE");
    }

    /** A three-sentence reply checked for banned words before it is said (once per reply and language). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object replyCheck(Rules r) {
        return r.banned.without(REPLY);
    }
}
