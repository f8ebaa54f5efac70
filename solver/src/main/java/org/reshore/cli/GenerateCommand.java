package org.reshore.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reshore.generate.GeneratorSpec;
import org.reshore.generate.ProblemGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic reshoring problem (reshore/1) of the given size, for scale studies. "
                + "The same options and seed always give the same file.",
            "Economies on a map, each a market for every product in every period; adversary economies with cheap "
                + "risky capacity, domestic and allied ones with dearer capacity and options to build; lanes to the "
                + "nearest neighbours, a default lane elsewhere."})
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sites", required = true, paramLabel = "N", description = "production sites")
    int sites;

    @Option(names = "--markets", required = true, paramLabel = "M", description = "economies, one market each (at least 2)")
    int markets;

    @Option(names = "--products", paramLabel = "P", defaultValue = "1", description = "products (default ${DEFAULT-VALUE})")
    int products;

    @Option(names = "--periods", paramLabel = "T", defaultValue = "1", description = "periods (default ${DEFAULT-VALUE})")
    int periods;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--adversary-share", paramLabel = "F", defaultValue = "0.1",
            description = "share of economies that are adversaries: high risk, cheap capacity, nothing to build (default ${DEFAULT-VALUE})")
    double adversaryShare;

    @Option(names = "--domestic-share", paramLabel = "F", defaultValue = "0.2",
            description = "share of economies that are domestic: the capex programme and the budget apply there (default ${DEFAULT-VALUE})")
    double domesticShare;

    @Option(names = "--buildable-share", paramLabel = "F", defaultValue = "0.2",
            description = "share of the non-adversary sites with an option to build (default ${DEFAULT-VALUE})")
    double buildableShare;

    @Option(names = "--subsidies", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "a capex programme paying 30%% of domestic builds (default on; --no-subsidies leaves it out)")
    boolean subsidies;

    @Option(names = "--budget", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "a budget on what builders pay for domestic options (default on; --no-budget leaves it out)")
    boolean budget;

    @Option(names = "--adversary-cap", paramLabel = "F",
            description = "a policy: at most this share of every market's supply from adversaries (default none)")
    Double adversaryCap;

    @Option(names = "--exposure-weight", paramLabel = "W", defaultValue = "2",
            description = "price of a unit of exposure (default ${DEFAULT-VALUE})")
    double exposureWeight;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the problem file to write")
    Path out;

    @Override
    public Integer call() {
        GeneratorSpec g;
        try {
            g = new GeneratorSpec(seed, sites, markets, products, periods, adversaryShare, domesticShare, buildableShare,
                    subsidies, budget, adversaryCap == null ? Double.NaN : adversaryCap, exposureWeight);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "generate: " + e.getMessage());
        }
        String text = ProblemGenerator.generate(g);
        Reports.write(out, text); // atomically: an interrupted run leaves no half-written problem
        spec.commandLine().getOut().printf("%s: %d sites, %d markets, %d products, %d periods (%,d bytes) written to %s%n",
                g.name(), sites, markets, products, periods, text.getBytes(StandardCharsets.UTF_8).length, out);
        return ExitCode.OK;
    }
}
