package org.frontline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code frontline}: the command line. Each task is one subcommand. */
@Command(name = "frontline", mixinStandardHelpOptions = true, version = "frontline 0.1.0",
        description = "Turns conflict news reports into structured, geocoded events.",
        subcommands = {ExtractCommand.class, BenchCommand.class, IngestCommand.class, EventsCommand.class, ControlCommand.class, ContradictionsCommand.class, ExportCommand.class, ServeCommand.class, WatchCommand.class,
                SiegesCommand.class, SearchCommand.class, EvalCommand.class, TrainCommand.class, GazetteerCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 when the batch ran, 2 on usage errors). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DbOption.MissingStore) {
                cmd.getErr().println("frontline " + cmd.getCommandName() + ": " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
