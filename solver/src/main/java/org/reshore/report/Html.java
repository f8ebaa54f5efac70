package org.reshore.report;

import java.util.List;

/**
 * The frame of every report: one self-contained HTML page (inline style, inline SVG, no script,
 * no font or image from anywhere else), so that it opens offline and can be mailed as one file.
 */
public final class Html {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2em;
            color:#222;max-width:72em}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:.25em .6em}
            th{background:#f2f2f2;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
            ul.why li{margin:.3em 0}.muted{color:#666}svg{display:block;margin:.6em 0}
            svg text{font-family:inherit}
            """;

    private Html() {}

    /** A whole page. {@code body} is HTML already escaped where it needs to be. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>" + esc(title) + "</h1>\n" + body
                + "</body>\n</html>\n";
    }

    /** Text made safe for HTML and SVG, attributes included. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A table with a header row; cells are plain text (escaped here). A cell that reads as a
     * number (digits, $, +, −) is right-aligned.
     */
    public static String table(String cssClass, List<String> head, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<table class=\"").append(esc(cssClass)).append("\">\n<thead><tr>");
        for (String h : head) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String c : row) {
                b.append(numeric(c) ? "<td class=\"n\">" : "<td>").append(esc(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    private static boolean numeric(String c) {
        return c != null && !c.isEmpty() && (Character.isDigit(c.charAt(0)) || "$+−-∞".indexOf(c.charAt(0)) >= 0);
    }
}
