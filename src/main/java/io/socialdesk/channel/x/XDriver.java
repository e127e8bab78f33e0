package io.socialdesk.channel.x;

import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2ExKt;
import twitter4j.V2ConfigurationKt;
import twitter4j.auth.OAuthAuthorization;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/**
 * X (API v2) with OAuth 1.0a user tokens: mentions through Twitter4J 4.0.7 and the jp.takke v2 extension, direct
 * messages by hand. The account's own user id is the part of its access token before the first '-', as X issues
 * them; its own DMs are never read as customer posts.
 */
public final class XDriver implements ChannelDriver {
    static final List<String> CREDENTIALS = List.of("consumerKey", "consumerSecret", "accessToken", "accessTokenSecret");

    private final Duration timeout;
    private final XDirectMessages directMessages;
    private final XReplies replies;
    private final Clock clock;
    /** One client per account configuration; the extension keeps per-configuration state in a static map. */
    private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();

    public XDriver(HttpClient http, Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.directMessages = new XDirectMessages(http, timeout, clock);
        this.replies = new XReplies(http, timeout);
        this.clock = clock;
    }

    @Override
    public ChannelSpec spec() {
        return XChannel.SPEC;
    }

    @Override
    public FetchResult fetch(URI apiBaseUrl, Credentials credentials, Optional<String> cursor) {
        if (CREDENTIALS.stream().anyMatch(name -> credentials.get(name).isEmpty())) {
            return new FetchResult.AuthFailed("consumer key, consumer secret, access token and secret are needed");
        }
        String token = credentials.get("accessToken").orElseThrow();
        int dash = token.indexOf('-');
        if (dash <= 0 || !token.substring(0, dash).chars().allMatch(Character::isDigit)) {
            return new FetchResult.AuthFailed("the access token is not an X user token (<user id>-...)");
        }
        String userId = token.substring(0, dash);
        Configuration configuration = configuration(apiBaseUrl, credentials);
        XCursor position = XCursor.parse(cursor);
        XMentions.Page mentions;
        try {
            Twitter twitter = new TwitterFactory(configuration).getInstance();
            mentions = XMentions.fetch(TwitterV2ExKt.getV2(twitter), Long.parseLong(userId), position);
        } catch (TwitterException e) {
            return failure(e);
        } catch (RuntimeException malformed) {
            return new FetchResult.Unavailable("unreadable mentions: " + malformed.getClass().getSimpleName());
        }
        // first poll of a new account: start from the newest page; connecting must not import history as requests
        boolean firstPoll = position.since().isEmpty() && !position.paging();
        XCursor after = position.afterMentions(firstPoll ? Optional.empty() : mentions.nextToken(),
                mentions.newestId());
        if (after.paging()) {
            return new FetchResult.Page(mentions.posts(), Optional.of(after.serialize()), true, Optional.empty());
        }
        // mentions are caught up: now the direct messages (15 requests per 15 minutes, so only once per poll)
        List<InboundPost> posts = new ArrayList<>(mentions.posts());
        XDirectMessages.Outcome dms = directMessages.fetch(apiBaseUrl, new OAuthAuthorization(configuration), userId,
                position.dm());
        if (dms instanceof XDirectMessages.Read read) {
            posts.addAll(read.posts());
            after = after.afterDirectMessages(read.newestId());
        } else if (mentions.posts().isEmpty()) {
            // nothing to record: report why DMs failed; with mentions in hand they are recorded and DMs retried
            return ((XDirectMessages.Failed) dms).failure();
        }
        return new FetchResult.Page(posts, Optional.of(after.serialize()), false, Optional.empty());
    }

    @Override
    public SendResult reply(URI apiBaseUrl, Credentials credentials, OutboundReply reply) {
        if (CREDENTIALS.stream().anyMatch(name -> credentials.get(name).isEmpty())) {
            return new SendResult.Failed(SendResult.SendFailure.AUTH_FAILED,
                    "consumer key, consumer secret, access token and secret are needed");
        }
        Configuration configuration = configuration(apiBaseUrl, credentials);
        if (reply.kind() == PostKind.DIRECT_MESSAGE) {
            return replies.directMessage(apiBaseUrl, new OAuthAuthorization(configuration), reply);
        }
        return replies.post(TwitterV2ExKt.getV2(new TwitterFactory(configuration).getInstance()), reply);
    }

    private FetchResult failure(TwitterException e) {
        if (e.isCausedByNetworkIssue() || e.getStatusCode() <= 0) {
            return new FetchResult.Unavailable("connection failed or timed out");
        }
        return XFailures.of(e.getStatusCode(), resetHeader(e), clock)
                .orElseGet(() -> new FetchResult.Unavailable("HTTP " + e.getStatusCode()));
    }

    /**
     * The reset as Twitter4J parsed it from x-rate-limit-reset. Not {@code getResponseHeader}: in 4.0.7 it throws a
     * NullPointerException when the header is absent, which is exactly the case to survive.
     */
    private static Optional<String> resetHeader(TwitterException e) {
        return Optional.ofNullable(e.getRateLimitStatus()).map(status -> status.getResetTimeInSeconds())
                .filter(seconds -> seconds > 0).map(String::valueOf);
    }

    private Configuration configuration(URI apiBaseUrl, Credentials credentials) {
        String key = apiBaseUrl + "|" + credentials.get("consumerKey").orElseThrow() + "|"
                + credentials.get("accessToken").orElseThrow() + "|"
                + Integer.toHexString((credentials.get("consumerSecret").orElseThrow()
                        + credentials.get("accessTokenSecret").orElseThrow()).hashCode());
        return configurations.computeIfAbsent(key, k -> {
            Configuration configuration = new ConfigurationBuilder()
                    .setOAuthConsumerKey(credentials.get("consumerKey").orElseThrow())
                    .setOAuthConsumerSecret(credentials.get("consumerSecret").orElseThrow())
                    .setOAuthAccessToken(credentials.get("accessToken").orElseThrow())
                    .setOAuthAccessTokenSecret(credentials.get("accessTokenSecret").orElseThrow())
                    .setHttpConnectionTimeout((int) timeout.toMillis())
                    .setHttpReadTimeout((int) timeout.toMillis())
                    .setHttpRetryCount(0)
                    .setJSONStoreEnabled(false)
                    .build();
            // setRestBaseURL does not reach v2 calls; the extension's own configuration does (trailing slash kept)
            V2ConfigurationKt.getV2Configuration(configuration).setBaseURL(apiBaseUrl.resolve("/2/").toString());
            return configuration;
        });
    }
}
