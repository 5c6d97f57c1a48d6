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

    public static void main(String[] args) {
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
