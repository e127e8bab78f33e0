package io.socialdesk.channel.wire;

import java.util.Comparator;

/**
 * The order of X and Mastodon post ids: decimal strings that grow over time (X's snowflakes, Mastodon's
 * time-based ids), compared as numbers without parsing (they can outgrow a long): a shorter id is older; equal
 * lengths compare digit by digit. Equal ids compare as 0, so sorting and "newer than the cursor" agree.
 */
public final class PostIds {
    public static final Comparator<String> ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private PostIds() {
    }

    public static boolean newer(String id, String than) {
        return ORDER.compare(id, than) > 0;
    }

    /** Whether a network's id looks like a post id at all: digits only, and not absurdly long. */
    public static boolean valid(String id) {
        return !id.isEmpty() && id.length() <= 32 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
