package io.socialdesk.channel.x;

/** X sends post text with &amp;, &lt; and &gt; escaped; agents read the characters the customer typed. */
final class XText {
    private XText() {
    }

    static String plain(String text) {
        return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
