package io.socialdesk.agent;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import io.socialdesk.channel.ChannelKind;
import java.text.BreakIterator;
import java.util.Optional;

/**
 * Each network's length rule, checked before sending so the agent can shorten the reply instead of reading a
 * refusal: X's weighted count (twitter-text), Mastodon's 500 characters, Bluesky's 300 graphemes.
 */
public final class ReplyLength {
    static final int MASTODON_LIMIT = 500;
    static final int BLUESKY_LIMIT = 300;
    static final int X_LIMIT = 280;

    private ReplyLength() {
    }

    /** The problem with this text on this network, if any. */
    public static Optional<String> problem(ChannelKind kind, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("the reply is empty");
        }
        return switch (kind) {
            case X -> {
                TwitterTextParseResults result = TwitterTextParser.parseTweet(text);
                yield result.isValid ? Optional.empty() : Optional.of("X allows " + X_LIMIT
                        + " weighted characters; this reply has " + result.weightedLength);
            }
            case MASTODON -> over(text.codePointCount(0, text.length()), MASTODON_LIMIT, "Mastodon", "characters");
            case BLUESKY -> over(graphemes(text), BLUESKY_LIMIT, "Bluesky", "characters");
            case PHONE -> Optional.of("calls cannot be replied to in writing");
        };
    }

    private static Optional<String> over(int length, int limit, String network, String unit) {
        return length <= limit ? Optional.empty()
                : Optional.of(network + " allows " + limit + " " + unit + "; this reply has " + length);
    }

    private static int graphemes(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
