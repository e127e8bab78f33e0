package io.socialdesk.sandbox.web;

import io.socialdesk.intake.InboundText;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.mylyn.wikitext.confluence.ConfluenceLanguage;
import org.eclipse.mylyn.wikitext.parser.MarkupParser;
import org.eclipse.mylyn.wikitext.parser.builder.HtmlDocumentBuilder;
import org.owasp.encoder.Encode;

/**
 * Jira wiki markup as the issue view shows it, rendered by Eclipse Mylyn WikiText's Confluence language (Jira's
 * syntax for quotes, bold and links is the same): what SocialDesk writes into descriptions and comments, seen as an
 * agent sees it.
 *
 * <p>WikiText honours only some of Jira's backslash escapes ({@code \[} yes, {@code \*} or {@code \@} no), so each
 * escaped character is swapped for a private-use placeholder before parsing and put back, HTML-encoded, after: the
 * agent sees the customer's literal text, as in Jira. Links keep only web and mail schemes, as Jira's renderer does.
 */
final class WikiMarkup {
    /** Exactly what SocialDesk escapes ({@link InboundText#escape}), so the view undoes no more and no less. */
    private static final String SPECIALS = InboundText.WIKI_SPECIALS;
    private static final Pattern ESCAPED = Pattern.compile("\\\\(" + InboundText.characterClass(SPECIALS) + ")");
    private static final char PLACEHOLDER_BASE = '\uE000';
    private static final Pattern PLACEHOLDER = Pattern.compile("[\uE000-\uE0FF]");
    /** The builder encodes attribute values, so a quoted href never holds a quote of its own. */
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(https?://|mailto:|#|/secure/attachment/).*");
    /** Jira's markup for an attachment of the issue: a thumbnail, or a link to the file. */
    private static final Pattern THUMBNAIL = Pattern.compile("!([A-Za-z0-9_.-]+)\\|thumbnail!");
    private static final Pattern THUMBNAIL_TOKEN = Pattern.compile("\uE100(\\d+)\uE101");
    private static final Pattern FILE_LINK = Pattern.compile("\\[\\^([A-Za-z0-9_.-]+)]");

    private WikiMarkup() {
    }

    static String html(String markup) {
        return html(markup, Map.of());
    }

    /**
     * With the issue's attachments ({@code files}: name to address) resolved as Jira resolves them: a thumbnail as a
     * small image linking to the file, {@code [^name]} as a link; a name the issue has no file of is shown as text.
     */
    static String html(String markup, Map<String, String> files) {
        // thumbnails are drawn after parsing (WikiText has no thumbnail markup): a token stands in for each meanwhile
        java.util.List<String> thumbnails = new java.util.ArrayList<>();
        String resolved = FILE_LINK.matcher(THUMBNAIL.matcher(THUMBNAIL_TOKEN.matcher(markup).replaceAll(""))
                .replaceAll(m -> {
                    if (!files.containsKey(m.group(1))) {
                        return Matcher.quoteReplacement(m.group(1));
                    }
                    String url = Encode.forHtmlAttribute(files.get(m.group(1)));
                    thumbnails.add("<a href=\"" + url + "\"><img class=\"sd-thumbnail\" src=\"" + url + "\" alt=\""
                            + Encode.forHtmlAttribute(m.group(1)) + "\" height=\"72\"/></a>");
                    return "\uE100" + (thumbnails.size() - 1) + "\uE101";
                })).replaceAll(m -> Matcher.quoteReplacement(files.containsKey(m.group(1))
                ? "[" + m.group(1) + "|" + files.get(m.group(1)) + "]" : m.group(1)));
        String drawn = parsed(resolved);
        return THUMBNAIL_TOKEN.matcher(drawn).replaceAll(m -> Matcher.quoteReplacement(
                thumbnails.get(Integer.parseInt(m.group(1)))));
    }

    private static String parsed(String resolved) {
        String shielded = ESCAPED.matcher(PLACEHOLDER.matcher(resolved).replaceAll(""))
                .replaceAll(m -> String.valueOf((char) (PLACEHOLDER_BASE + SPECIALS.indexOf(m.group(1).charAt(0)))));
        StringWriter out = new StringWriter();
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(out);
        builder.setEmitAsDocument(false);
        new MarkupParser(new ConfluenceLanguage(), builder).parse(shielded);
        String safe = HREF.matcher(out.toString()).replaceAll(m -> SAFE_LINK.matcher(m.group(1)).matches()
                ? Matcher.quoteReplacement(m.group()) : "href=\"#\"");
        return PLACEHOLDER.matcher(safe).replaceAll(m -> Matcher.quoteReplacement(
                Encode.forHtml(String.valueOf(SPECIALS.charAt(m.group().charAt(0) - PLACEHOLDER_BASE)))));
    }

}
