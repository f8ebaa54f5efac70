package org.reshore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reshore.generate.GeneratorSpec;

/**
 * The {@code problems} of a suite made into a list: files, folders, OR-Library instances (with
 * their capacity variants) and generated problems, globs expanded in natural order (cap41 before
 * cap101), ids unique.
 */
final class SuiteProblems {
    private static final Set<String> PROBLEM = Set.of("file", "folder", "orlib", "capacities", "generate", "id");
    private final SuiteReader reader;
    private final Path base;

    SuiteProblems(SuiteReader reader, Path base) {
        this.reader = reader;
        this.base = base;
    }

    List<BenchProblem> read(JsonNode list) throws SuiteException {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw reader.fail("$.problems", "a non-empty list of {\"file\": …}, {\"folder\": …}, {\"orlib\": …} or {\"generate\": …}");
        }
        Map<String, BenchProblem> byId = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.problems[" + i + "]";
            JsonNode p = list.get(i);
            if (!p.isObject()) throw reader.fail(at, "an object with one of file, folder, orlib, generate");
            reader.known(p, at, PROBLEM);
            if (p.has("id") && !p.has("generate")) throw reader.fail(at + ".id", "only a generated problem takes an id");
            List<BenchProblem> found = new ArrayList<>();
            if (p.has("file")) {
                for (Path f : paths(reader.text(p, "file", at, null), at + ".file", false)) found.add(reshore(f));
            } else if (p.has("folder")) {
                Path dir = base.resolve(reader.text(p, "folder", at, null)).normalize();
                if (!Files.isDirectory(dir)) throw reader.fail(at + ".folder", dir + ": no such folder");
                for (Path f : listing(dir, "*.{json,yaml,yml}", at + ".folder")) {
                    if (!f.getFileName().toString().contains(".plan.")) found.add(reshore(f));
                }
            } else if (p.has("orlib")) {
                List<Double> caps = new ArrayList<>();
                if (p.has("capacities")) {
                    JsonNode c = p.get("capacities");
                    if (!c.isArray() || c.isEmpty()) throw reader.fail(at + ".capacities", "a non-empty list of numbers");
                    for (int k = 0; k < c.size(); k++) {
                        if (!c.get(k).isNumber() || c.get(k).asDouble() <= 0) throw reader.fail(at + ".capacities[" + k + "]", "a positive number");
                        caps.add(c.get(k).asDouble());
                    }
                }
                for (Path f : paths(reader.text(p, "orlib", at, null), at + ".orlib", true)) {
                    String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    if (caps.isEmpty()) found.add(new BenchProblem(stem, f, true, OptionalDouble.empty()));
                    for (double cap : caps) {
                        found.add(new BenchProblem(stem + "_" + BenchProblem.number(cap), f, true, OptionalDouble.of(cap)));
                    }
                }
            } else if (p.has("generate")) {
                GeneratorSpec spec = GeneratorSpecs.read(p.get("generate"), at + ".generate", reader::fail);
                found.add(BenchProblem.generated(reader.text(p, "id", at, spec.name()), spec));
            } else {
                throw reader.fail(at, "one of file, folder, orlib, generate");
            }
            for (BenchProblem b : found) {
                if (byId.put(b.id(), b) != null) throw reader.fail(at, "problem '" + b.id() + "' appears twice in the suite");
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static BenchProblem reshore(Path f) {
        return new BenchProblem(f.getFileName().toString().replaceFirst("\\.(json|ya?ml)$", ""), f, false,
                OptionalDouble.empty());
    }

    // a path, or a glob in its last element ("../instances/orlib-cflp/cap[0-9]*.txt"), sorted by name
    private List<Path> paths(String spec, String at, boolean orlib) throws SuiteException {
        Path p = base.resolve(spec).normalize();
        String last = p.getFileName().toString();
        if (last.contains("*") || last.contains("?") || last.contains("[") || last.contains("{")) {
            if (!Files.isDirectory(p.getParent())) throw reader.fail(at, p.getParent() + ": no such folder");
            List<Path> files = listing(p.getParent(), last, at);
            if (files.isEmpty()) throw reader.fail(at, "'" + spec + "' matches no file");
            return files;
        }
        if (!Files.isRegularFile(p)) throw reader.fail(at, p + ": no such file");
        return List.of(p);
    }

    private List<Path> listing(Path dir, String glob, String at) throws SuiteException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            for (Path f : ds) if (Files.isRegularFile(f)) files.add(f);
        } catch (IOException e) {
            throw reader.fail(at, dir + ": cannot list: " + e.getMessage());
        }
        // natural order, so that cap41 … cap134 come out as a reader expects
        files.sort((a, b) -> natural(a.getFileName().toString(), b.getFileName().toString()));
        return files;
    }

    static int natural(String a, String b) {
        Matcher ma = Pattern.compile("(\\D*)(\\d*)(.*)").matcher(a);
        Matcher mb = Pattern.compile("(\\D*)(\\d*)(.*)").matcher(b);
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1)) && !ma.group(2).isEmpty()
                && !mb.group(2).isEmpty()) {
            int c = Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
            if (c != 0) return c;
        }
        return a.compareTo(b);
    }
}
