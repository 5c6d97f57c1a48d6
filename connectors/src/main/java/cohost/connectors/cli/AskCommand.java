package cohost.connectors.cli;

import cohost.connectors.llm.LlmSettings;
import cohost.engine.Cohost;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KbException;
import cohost.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code cohost ask}: answers one question from a KB on the command line, streaming the reply. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question from the KB (the demo store by default).")
final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kb", paramLabel = "DIR", description = "KB folder (default: the bundled demo store)")
    Path kb;

    @Option(names = "--lang", paramLabel = "xx", description = "answer in this language (ISO 639-1); default: detected")
    String lang;

    @Mixin
    LlmOptions llmOptions = new LlmOptions();

    @Parameters(paramLabel = "QUESTION", description = "the question, e.g. \"how long to ship to Brazil?\"")
    String question;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Knowledge knowledge;
        Optional<LlmSettings> llm;
        try {
            knowledge = Stores.load(kb == null ? List.of() : List.of(kb)).values().iterator().next();
            llm = llmOptions.resolve(System.getenv());
        } catch (KbException | IllegalArgumentException e) {
            err.println("cohost ask: " + e.getMessage());
            return 2;
        }
        try (Cohost cohost = Stores.engine(knowledge, llm)) {
            var reply = cohost.ask("cli", Utterance.typed("q1", Speaker.customer("cli", null, lang, null), question));
            reply.subscribe(event -> {
                if (event instanceof ReplyEvent.Delta d) {
                    out.print(d.text());
                    out.flush();
                }
            });
            ReplyResult r = reply.result().join();
            out.println();
            out.flush();
            err.println("[" + (r.intent() == null ? "?" : r.intent().wireName()) + ", " + r.lang()
                    + (r.handoff() ? ", handoff" : "") + "; sources: "
                    + r.sources().stream().map(s -> s.kind() + ":" + s.id()).collect(Collectors.joining(" ")) + "]");
            err.flush();
            return 0;
        }
    }
}
