package io.socialdesk.channel.x;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import twitter4j.PaginationToken;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.TwitterException;
import twitter4j.TwitterV2;
import twitter4j.User2;

/** {@code GET /2/users/:id/mentions} through the jp.takke extension, mapped to posts oldest first. */
final class XMentions {
    record Page(List<InboundPost> posts, Optional<String> nextToken, Optional<String> newestId) {
    }

    private static final String EXPANSIONS = "author_id,referenced_tweets.id";
    private static final String TWEET_FIELDS = "created_at,conversation_id,referenced_tweets,lang,author_id";
    private static final String USER_FIELDS = "public_metrics,username,name";
    static final int PAGE_SIZE = 100;

    private XMentions() {
    }

    static Page fetch(TwitterV2 v2, long userId, XCursor cursor) throws TwitterException {
        // the extension has no Java overloads: every parameter of the endpoint, in its order
        TweetsResponse response = v2.getUserMentions(userId, null, EXPANSIONS, PAGE_SIZE, null,
                cursor.next().map(PaginationToken::new).orElse(null), null, null,
                cursor.since().map(Long::parseLong).orElse(null), null, TWEET_FIELDS, null, USER_FIELDS);
        List<InboundPost> posts = new ArrayList<>();
        for (Tweet tweet : response.getTweets()) {
            posts.add(post(tweet, response.getUsersMap()));
        }
        posts.sort(Comparator.comparing(InboundPost::externalId, Comparator.comparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())));
        var meta = response.getMeta();
        return new Page(posts,
                meta == null || meta.getNextToken() == null ? Optional.empty()
                        : Optional.of(meta.getNextToken().getValue()),
                meta == null || meta.getNewestId() == null ? Optional.empty()
                        : Optional.of(String.valueOf(meta.getNewestId())));
    }

    private static InboundPost post(Tweet tweet, Map<Long, User2> users) {
        User2 user = tweet.getAuthorId() == null ? null : users.get(tweet.getAuthorId());
        Author author = user == null
                ? Author.unknown(tweet.getAuthorId() == null ? "" : String.valueOf(tweet.getAuthorId()))
                : new Author(String.valueOf(user.getId()), user.getScreenName(), nonNull(user.getName()),
                        user.getPublicMetrics() == null ? OptionalLong.empty()
                                : OptionalLong.of(user.getPublicMetrics().getFollowersCount()),
                        Optional.of("https://x.com/" + user.getScreenName()));
        String id = String.valueOf(tweet.getId());
        URI url = URI.create(user == null ? "https://x.com/i/web/status/" + id
                : "https://x.com/" + user.getScreenName() + "/status/" + id);
        // a retweet carries no words of its own: empty text makes routing skip it as noise
        String text = tweet.getRetweetId() != null ? "" : XText.plain(tweet.getText());
        return new InboundPost(id, PostKind.MENTION, text, Optional.of(url), author,
                tweet.getCreatedAt().toInstant(),
                Optional.ofNullable(tweet.getConversationId()).map(String::valueOf),
                Optional.ofNullable(tweet.getRepliedToTweetId()).map(String::valueOf),
                Optional.ofNullable(tweet.getLang()));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
