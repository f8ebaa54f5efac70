package org.reshore.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reshore.engine.mip.ModelExport;
import org.reshore.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the exact model as LP or MPS, with names built from ids (flow[tsmc-az,US,2024]), "
                + "for Gurobi, CPLEX, HiGHS or CBC.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem file")
    Path problemFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--lp", paramLabel = "FILE",
                description = "write CPLEX LP format (names with ( ) for [ ] and ~ for - +: flow(tsmc~az,US,2024))")
        Path lp;

        @Option(names = "--mps", paramLabel = "FILE", description = "write free MPS format")
        Path mps;
    }

    @Override
    public Integer call() throws Exception {
        Problem problem = Inputs.readProblem(problemFile, spec.commandLine().getErr(), readLimits.limits());
        Path file = target.lp != null ? target.lp : target.mps;
        ModelExport.write(problem, file, target.lp != null ? ModelExport.Format.LP : ModelExport.Format.MPS);
        spec.commandLine().getOut().println("model written to " + file);
        return ExitCode.OK;
    }
}
