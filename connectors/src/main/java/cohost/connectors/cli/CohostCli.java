package cohost.connectors.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cohost} command: {@code kb}, {@code serve}, {@code ask}. */
@Command(name = "cohost", mixinStandardHelpOptions = true, version = "cohost 0.1.0",
        description = "AI co-host and customer-service engine for cross-border live commerce.",
        subcommands = {KbCommand.class, ServeCommand.class, AskCommand.class})
public final class CohostCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Held: JUL keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE.setLevel(java.util.logging.Level.WARNING); // not its INFO line about SIMD on every start
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return new CommandLine(new CohostCli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
