package io.socialdesk.surge;

import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.ReplyRule;
import java.util.Optional;

/**
 * One customer's reply to an incident answer: greeted by name (else handle), their own words quoted, then the
 * answer — so no two replies are identical bulk posts, which networks' automation rules forbid. The quote is
 * shortened, then dropped, then the greeting, until the network's reply rule accepts it; empty when even the answer
 * alone is too long.
 */
public final class PersonalReply {
    static final int QUOTE_WORDS = 12;

    private PersonalReply() {
    }

    public static Optional<String> text(String answer, InboundPost post, ReplyRule rule) {
        String name = post.author().displayName().isBlank() ? post.author().handle()
                : post.author().displayName().strip().split("\\s+")[0];
        String[] words = post.text().strip().replaceAll("(?u)@\\S+|https?://\\S+", "").strip().split("\\s+");
        for (int take = Math.min(QUOTE_WORDS, words.length); take >= 3; take -= 3) {
            String quote = String.join(" ", java.util.Arrays.copyOf(words, take)) + (take < words.length ? "…" : "");
            String text = "Hi " + name + ", about “" + quote + "”: " + answer;
            if (fits(text, post, rule)) {
                return Optional.of(text);
            }
        }
        String greeted = "Hi " + name + ", " + answer;
        if (fits(greeted, post, rule)) {
            return Optional.of(greeted);
        }
        return fits(answer, post, rule) ? Optional.of(answer) : Optional.empty();
    }

    private static boolean fits(String text, InboundPost post, ReplyRule rule) {
        return rule.problem(new OutboundReply(post.externalId(), post.kind(), post.author().externalUserId(),
                post.author().handle(), text, "")).isEmpty();
    }
}
