package dev.portrayal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Extracts readable text from HTML, with a blank line between blocks so paragraphs survive. */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "tr", "table", "article", "section", "blockquote", "pre", "header", "footer", "main",
            "aside", "nav", "dd", "dt", "figcaption", "hr", "title");

    private HtmlText() {
    }

    public static String extract(byte[] html, String charset) throws IOException {
        org.jsoup.nodes.Document doc = Jsoup.parse(new ByteArrayInputStream(html), charset, "");
        doc.select("script, style, noscript, template, svg, head > :not(title)").remove();
        StringBuilder out = new StringBuilder();
        doc.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakParagraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakParagraph(out);
                }
            }
        });
        return out.toString().strip();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') out.append(' ');
            } else {
                out.append(c);
            }
        }
    }

    private static void breakParagraph(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') out.setLength(--n);
        if (n == 0 || (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) return;
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
}
