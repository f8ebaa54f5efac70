package org.reshore.cli;

import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.reshore.io.orlib.OrLibCflp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn a published benchmark instance into a reshore/1 problem file.")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "orlib-cflp: Beasley's OR-Library capacitated warehouse location")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "the instance file")
    Path file;

    @Option(names = "--capacity", paramLabel = "C",
            description = "capacity of every warehouse, for capa/capb/capc whose files say 'capacity'")
    Double capacity;

    @Option(names = "--out", paramLabel = "PROBLEM", required = true, description = "the problem file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("orlib-cflp")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "unknown format '" + format + "' (known: orlib-cflp)");
        }
        OrLibCflp.Instance instance;
        try {
            instance = OrLibCflp.read(file, capacity == null ? OptionalDouble.empty() : OptionalDouble.of(capacity));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, file + ": no such file");
        } catch (java.io.IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
        OrLibCflp.writeJson(instance, out);
        spec.commandLine().getOut().printf("%s: %d warehouses, %d customers written to %s%n", file,
                instance.warehouses(), instance.customers(), out);
        return ExitCode.OK;
    }
}
