package org.reshore.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reshore.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read and check a problem file: every error with file, line, column, JSON path and a hint.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "a reshore/1 problem file (.json, .yaml)")
    Path problemFile;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Problem p = Inputs.readProblem(problemFile, spec.commandLine().getErr(), readLimits.limits());
        out.printf("%s: valid — %s%n", problemFile, Summary.size(p));
        out.printf("sha256 %s%n", p.sha256());
        return ExitCode.OK;
    }
}
