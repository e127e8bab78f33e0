package io.socialdesk.sandbox.feeds;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * X API v2 on localhost, in the shapes SocialDesk reads and writes: OAuth 1.0a headers (401 without the account's
 * token), mentions newest first with {@code since_id} and {@code next_token}, DM events, posts in reply, DMs sent,
 * and x-rate-limit-* headers. What the company posts is kept for tests and shown by the sandbox.
 */
public final class FakeX implements AutoCloseable {
    public record User(String id, String username, String name, int followers) {
    }

    /** A post or DM the company sent through SocialDesk, with the names of the pictures it carried. */
    public record Sent(String id, String text, String inReplyTo, String dmRecipient, List<String> media) {
        public Sent(String id, String text, String inReplyTo, String dmRecipient) {
            this(id, text, inReplyTo, dmRecipient, List.of());
        }
    }

    /** Uploaded media by id: the file name and category they came with. */
    private final Map<String, String> uploads = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * X always writes milliseconds ("…:05.000Z") and the v2 extension parses exactly that; Instant.toString()
     * drops ".000" on a whole second, which made one post in a thousand unreadable and stalled the account.
     */
    private static final DateTimeFormatter X_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private final HttpServer server;
    private final String accessToken;
    private final Clock clock;
    private final List<JsonObject> mentions = new ArrayList<>();
    private final List<JsonObject> dmEvents = new ArrayList<>();
    private final Map<String, User> users = new HashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile Runnable onPost = () -> { };
    private final AtomicLong nextId = new AtomicLong(1_900_000_000_000_000_000L);

    public FakeX(String accessToken, Clock clock) {
        this.accessToken = accessToken;
        this.clock = clock;
        server = LocalHttp.start(Map.of("/2/", this::handle));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** A customer mentions the company; returns the post id. */
    public String mention(User author, String text, String inReplyTo) {
        // outside the monitor: the sandbox's reaction takes the account lock, which a poll reading this
        // server may hold while it waits for the monitor
        String id = mentionLocked(author, text, inReplyTo);
        onPost.run();
        return id;
    }

    private synchronized String mentionLocked(User author, String text, String inReplyTo) {
        users.put(author.id(), author);
        String id = String.valueOf(nextId.incrementAndGet());
        JsonObject tweet = new JsonObject();
        tweet.addProperty("id", id);
        tweet.addProperty("text", "@acme " + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        tweet.addProperty("author_id", author.id());
        tweet.addProperty("conversation_id", inReplyTo == null ? id : conversationOf(inReplyTo));
        tweet.addProperty("created_at", X_TIME.format(clock.instant()));
        tweet.addProperty("lang", "en");
        if (inReplyTo != null) {
            JsonArray referenced = new JsonArray();
            JsonObject replied = new JsonObject();
            replied.addProperty("type", "replied_to");
            replied.addProperty("id", inReplyTo);
            referenced.add(replied);
            tweet.add("referenced_tweets", referenced);
        }
        mentions.add(tweet);
        return id;
    }

    /** A customer writes the company a direct message. */
    public String directMessage(User author, String text) {
        // outside the monitor: the sandbox's reaction takes the account lock, which a poll reading this
        // server may hold while it waits for the monitor
        String id = directMessageLocked(author, text);
        onPost.run();
        return id;
    }

    private synchronized String directMessageLocked(User author, String text) {
        users.put(author.id(), author);
        String id = String.valueOf(nextId.incrementAndGet());
        JsonObject event = new JsonObject();
        event.addProperty("id", id);
        event.addProperty("event_type", "MessageCreate");
        event.addProperty("text", text);
        event.addProperty("sender_id", author.id());
        event.addProperty("dm_conversation_id", ownId() + "-" + author.id());
        event.addProperty("created_at", X_TIME.format(clock.instant()));
        dmEvents.add(event);
        return id;
    }

    /** Called after every customer post (the sandbox makes the account due at once). */
    public void onPost(Runnable action) {
        this.onPost = action;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    private String ownId() {
        return accessToken.substring(0, accessToken.indexOf('-'));
    }

    private String conversationOf(String tweetId) {
        return mentions.stream().filter(t -> t.get("id").getAsString().equals(tweetId)).findFirst()
                .map(t -> t.get("conversation_id").getAsString()).orElse(tweetId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("OAuth ") || !auth.contains("oauth_token=\"" + accessToken + "\"")) {
            respond(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) && path.equals("/2/users/me")) {
            respond(exchange, 200, "{\"data\":{\"id\":\"" + ownId() + "\",\"name\":\"ACME\",\"username\":\"acme\"}}");
        } else if ("GET".equals(method) && path.matches("/2/users/\\d+/mentions")) {
            respond(exchange, 200, mentionsPage(LocalHttp.query(exchange.getRequestURI().getRawQuery())));
        } else if ("GET".equals(method) && path.equals("/2/dm_events")) {
            respond(exchange, 200, dmPage());
        } else if ("POST".equals(method) && path.equals("/2/media/upload")) {
            // X's v2 upload: multipart media and media_category, answered with data.id and data.media_key
            Map<String, LocalHttp.Part> form = LocalHttp.multipart(exchange);
            LocalHttp.Part media = form.get("media");
            if (media == null || media.bytes().length == 0 || !form.containsKey("media_category")) {
                respond(exchange, 400, "{\"title\":\"Invalid Request\",\"detail\":\"media is required\",\"status\":400}");
                return;
            }
            String id = String.valueOf(nextId.incrementAndGet());
            uploads.put(id, media.filename());
            respond(exchange, 200, "{\"data\":{\"id\":\"" + id + "\",\"media_key\":\"3_" + id + "\",\"size\":"
                    + media.bytes().length + ",\"expires_after_secs\":86400}}");
        } else if ("POST".equals(method) && path.equals("/2/tweets")) {
            JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            String id = String.valueOf(nextId.incrementAndGet());
            String inReplyTo = body.has("reply")
                    ? body.getAsJsonObject("reply").get("in_reply_to_tweet_id").getAsString() : null;
            List<String> media = new ArrayList<>();
            if (body.has("media")) {
                body.getAsJsonObject("media").getAsJsonArray("media_ids")
                        .forEach(m -> media.add(uploads.getOrDefault(m.getAsString(), "unknown media " + m)));
            }
            sent.add(new Sent(id, body.get("text").getAsString(), inReplyTo, null, media));
            respond(exchange, 201, "{\"data\":{\"id\":\"" + id + "\",\"text\":"
                    + new com.google.gson.JsonPrimitive(body.get("text").getAsString()) + "}}");
        } else if ("POST".equals(method) && path.matches("/2/dm_conversations/with/\\d+/messages")) {
            JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            String recipient = path.split("/")[4];
            String id = String.valueOf(nextId.incrementAndGet());
            List<String> media = new ArrayList<>();
            if (body.has("attachments")) {
                body.getAsJsonArray("attachments").forEach(a -> media.add(uploads.getOrDefault(
                        a.getAsJsonObject().get("media_id").getAsString(), "unknown media")));
            }
            sent.add(new Sent(id, body.get("text").getAsString(), null, recipient, media));
            respond(exchange, 201, "{\"data\":{\"dm_conversation_id\":\"" + ownId() + "-" + recipient
                    + "\",\"dm_event_id\":\"" + id + "\"}}");
        } else {
            respond(exchange, 404, "{\"title\":\"Not Found Error\",\"status\":404}");
        }
    }

    private synchronized String mentionsPage(Map<String, String> query) {
        long since = Long.parseLong(query.getOrDefault("since_id", "0"));
        int max = Integer.parseInt(query.getOrDefault("max_results", "100"));
        int offset = Integer.parseInt(query.getOrDefault("pagination_token", "0"));
        List<JsonObject> newer = mentions.stream().filter(t -> t.get("id").getAsLong() > since)
                .sorted(Comparator.comparing((JsonObject t) -> t.get("id").getAsLong()).reversed()).toList();
        List<JsonObject> page = newer.subList(Math.min(offset, newer.size()), Math.min(offset + max, newer.size()));
        JsonObject response = new JsonObject();
        JsonObject meta = new JsonObject();
        meta.addProperty("result_count", page.size());
        if (!page.isEmpty()) {
            JsonArray data = new JsonArray();
            page.forEach(data::add);
            response.add("data", data);
            response.add("includes", includes(page, "author_id"));
            meta.addProperty("newest_id", page.get(0).get("id").getAsString());
            meta.addProperty("oldest_id", page.get(page.size() - 1).get("id").getAsString());
        }
        if (offset + max < newer.size()) {
            meta.addProperty("next_token", String.valueOf(offset + max));
        }
        response.add("meta", meta);
        return response.toString();
    }

    private synchronized String dmPage() {
        List<JsonObject> newestFirst = new ArrayList<>(dmEvents);
        java.util.Collections.reverse(newestFirst);
        JsonObject response = new JsonObject();
        JsonArray data = new JsonArray();
        newestFirst.stream().limit(100).forEach(data::add);
        response.add("data", data);
        response.add("includes", includes(newestFirst, "sender_id"));
        JsonObject meta = new JsonObject();
        meta.addProperty("result_count", data.size());
        response.add("meta", meta);
        return response.toString();
    }

    private JsonObject includes(List<JsonObject> items, String userField) {
        Map<String, JsonObject> included = new LinkedHashMap<>();
        for (JsonObject item : items) {
            User user = users.get(item.get(userField).getAsString());
            if (user != null) {
                JsonObject json = new JsonObject();
                json.addProperty("id", user.id());
                json.addProperty("username", user.username());
                json.addProperty("name", user.name());
                JsonObject metrics = new JsonObject();
                metrics.addProperty("followers_count", user.followers());
                json.add("public_metrics", metrics);
                included.put(user.id(), json);
            }
        }
        JsonObject includes = new JsonObject();
        JsonArray list = new JsonArray();
        included.values().forEach(list::add);
        includes.add("users", list);
        return includes;
    }

    private void respond(HttpExchange exchange, int status, String body) throws IOException {
        LocalHttp.json(exchange, status, body, Map.of("x-rate-limit-limit", "450", "x-rate-limit-remaining", "449",
                "x-rate-limit-reset", String.valueOf(clock.instant().plusSeconds(900).getEpochSecond())));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
