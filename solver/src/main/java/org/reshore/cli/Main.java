package org.reshore.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reshore} command line: thin commands that parse, call and print. */
@Command(name = "reshore", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reshoring and allocation planning: what to build, which subsidies pay for it, "
                + "and where each unit comes from, at least cost plus a price on exposure.",
        subcommands = {ValidateCommand.class, SolveCommand.class, EvaluateCommand.class,
                ExportCommand.class, ImportCommand.class, CompareCommand.class, FrontierCommand.class,
                StressCommand.class, BenchCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:bad input or usage", "3:no feasible plan",
                "130:interrupted"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // read by Failures from the raw arguments; declared here so that every subcommand accepts it
    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "print stack traces of internal errors")
    boolean debug;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        // autoflush acts on println only: a report that ends in print() would be lost at exit
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line with the given streams and returns its exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures(args));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("reshore: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return ExitCode.BAD_INPUT;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"reshore " + (v == null ? "development build" : v)};
        }
    }
}
