package io.socialdesk.channel.x;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import twitter4j.HttpParameter;
import twitter4j.RequestMethod;
import twitter4j.auth.OAuthAuthorization;

/**
 * {@code GET /2/dm_events} (not in the extension): signed with Twitter4J's OAuth 1.0a, read with Gson. X has no
 * {@code since_id} for DMs, so the newest page is read and ids up to the cursor dropped; our own DMs are skipped.
 */
final class XDirectMessages {
    sealed interface Outcome {
    }

    record Read(List<InboundPost> posts, Optional<String> newestId) implements Outcome {
    }

    record Failed(FetchResult failure) implements Outcome {
    }

    private static final Map<String, String> QUERY = new LinkedHashMap<>();

    static {
        QUERY.put("dm_event.fields", "created_at,sender_id,text,dm_conversation_id");
        QUERY.put("event_types", "MessageCreate");
        QUERY.put("expansions", "sender_id");
        QUERY.put("user.fields", "username,name,public_metrics");
        QUERY.put("max_results", "100");
    }

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    XDirectMessages(HttpClient http, Duration timeout, Clock clock) {
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    Outcome fetch(URI apiBaseUrl, OAuthAuthorization oauth, String ownUserId, Optional<String> afterId) {
        String endpoint = apiBaseUrl.resolve("/2/dm_events").toString();
        HttpParameter[] params = QUERY.entrySet().stream().map(e -> new HttpParameter(e.getKey(), e.getValue()))
                .toArray(HttpParameter[]::new);
        String header = oauth.getAuthorizationHeader(
                new twitter4j.HttpRequest(RequestMethod.GET, endpoint, params, oauth, Map.of()));
        String query = QUERY.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?" + query)).timeout(timeout)
                .header("Authorization", header).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Optional<FetchResult> failure = XFailures.of(response.statusCode(),
                    response.headers().firstValue("x-rate-limit-reset"), clock);
            return failure.<Outcome>map(Failed::new).orElseGet(() -> read(response.body(), ownUserId, afterId));
        } catch (IOException e) {
            return new Failed(new FetchResult.Unavailable("connection failed: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(new FetchResult.Unavailable("interrupted"));
        } catch (RuntimeException malformed) {
            return new Failed(new FetchResult.Unavailable("unreadable DM events: "
                    + malformed.getClass().getSimpleName()));
        }
    }

    private static Outcome read(String body, String ownUserId, Optional<String> afterId) {
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        Map<String, JsonObject> users = new HashMap<>();
        JsonObject includes = json.has("includes") ? json.getAsJsonObject("includes") : new JsonObject();
        for (JsonElement user : includes.has("users") ? includes.getAsJsonArray("users") : new JsonArray()) {
            users.put(user.getAsJsonObject().get("id").getAsString(), user.getAsJsonObject());
        }
        List<InboundPost> posts = new ArrayList<>();
        Optional<String> newest = Optional.empty();
        for (JsonElement element : json.has("data") ? json.getAsJsonArray("data") : new JsonArray()) {
            JsonObject event = element.getAsJsonObject();
            String id = event.get("id").getAsString();
            if (newest.isEmpty() || newer(id, newest.get())) {
                newest = Optional.of(id);
            }
            String sender = event.get("sender_id").getAsString();
            if (sender.equals(ownUserId) || afterId.filter(after -> !newer(id, after)).isPresent()) {
                continue;
            }
            String conversation = event.has("dm_conversation_id") ? event.get("dm_conversation_id").getAsString() : null;
            posts.add(new InboundPost(id, PostKind.DIRECT_MESSAGE, XText.plain(event.get("text").getAsString()),
                    Optional.ofNullable(conversation).map(c -> URI.create("https://x.com/messages/" + c)),
                    author(sender, users.get(sender)), Instant.parse(event.get("created_at").getAsString()),
                    Optional.ofNullable(conversation), Optional.empty(), Optional.empty()));
        }
        posts.sort((a, b) -> newer(a.externalId(), b.externalId()) ? 1 : -1);
        return new Read(posts, newest.or(() -> afterId));
    }

    private static Author author(String id, JsonObject user) {
        if (user == null || !user.has("username")) {
            return Author.unknown(id);
        }
        OptionalLong followers = user.has("public_metrics")
                ? OptionalLong.of(user.getAsJsonObject("public_metrics").get("followers_count").getAsLong())
                : OptionalLong.empty();
        String handle = user.get("username").getAsString();
        return new Author(id, handle, user.has("name") ? user.get("name").getAsString() : "", followers,
                Optional.of("https://x.com/" + handle));
    }

    static boolean newer(String a, String b) {
        return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) > 0;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
