package io.socialdesk.channel.mastodon;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Mastodon's status {@code content} is HTML. Agents and Jira need the words, so markup becomes text: paragraphs and
 * line breaks are kept, links keep their visible text, everything else (tags, scripts, attributes) is dropped.
 */
final class MastodonHtml {
    private MastodonHtml() {
    }

    static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.normalName().equals("p")) {
                    text.append("\n\n");
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
