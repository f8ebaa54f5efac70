package org.reshore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the report tests: renders a page offline (--dump-dom) and returns the DOM
 * the browser built. Tests that call {@link #render} are skipped, with a message, where Chromium is
 * not installed (scripts/install-chromium.sh installs it). -Dreshore.chromium=PATH picks a browser,
 * -Dreshore.chromium=none skips; with -Dreshore.screenshots=true a screenshot of each page is left
 * in java.io.tmpdir (reshore-NAME.png).
 */
public final class Chromium {
    private static final String BROWSER = find();

    private Chromium() {}

    private static String find() {
        String chosen = System.getProperty("reshore.chromium");
        if (chosen != null) return chosen.equals("none") ? null : chosen;
        if (new File("/usr/bin/chromium").canExecute()) return "/usr/bin/chromium";
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                File f = new File(d, name);
                if (f.canExecute()) return f.getPath();
            }
        }
        return null;
    }

    /** The DOM Chromium builds from {@code html}, written as {@code dir/name.html}. */
    public static String render(String html, String name, Path dir) throws Exception {
        Assumptions.assumeTrue(BROWSER != null,
                "Chromium not found (/usr/bin/chromium or chromium on PATH): reports not checked in a browser; "
                        + "scripts/install-chromium.sh installs it");
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(dir, "profile");
        Path dom = dir.resolve(name + ".dom.html");
        run(List.of("--dump-dom", page.toUri().toString()), profile, dom);
        if (Boolean.getBoolean("reshore.screenshots")) { // to look at the pages: -Dreshore.screenshots=true
            Path png = Path.of(System.getProperty("java.io.tmpdir"), "reshore-" + name + ".png");
            run(List.of("--screenshot=" + png, "--window-size=1100,1600", page.toUri().toString()),
                    Files.createTempDirectory(dir, "profile"), dir.resolve(name + ".screenshot.log"));
        }
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    private static void run(List<String> what, Path profile, Path stdout) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BROWSER, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(what);
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + cmd);
    }

    public static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The browser built every table and every SVG mark of the page into its DOM. */
    public static void sameMarks(String html, String dom) {
        assertTrue(dom.contains("<body"), dom);
        for (String tag : List.of("<table", "<svg", "<rect", "<circle", "<polyline")) {
            assertEquals(count(html, tag), count(dom, tag), "number of " + tag + " in the rendered DOM");
        }
    }
}
