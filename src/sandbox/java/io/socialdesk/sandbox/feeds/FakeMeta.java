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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Meta's Graph API on localhost for one Facebook Page and its linked Instagram account, in Graph's shapes: Bearer
 * Page token (error 190 otherwise), Messenger and Instagram conversations newest activity first, the Page feed with
 * comments (stream, newest first), Instagram media with comments and nested replies, the Send API with the 24-hour
 * window (error 10/2018278; HUMAN_AGENT allowed for 7 days), comment replies (Instagram: top-level comments only),
 * and Graph times ({@code 2026-11-29T09:00:00+0000}). {@link #failNext} queues an error answer.
 */
public final class FakeMeta implements AutoCloseable {
    public record Person(String id, String name, String username) {
    }

    public record Answer(int status, String body, Map<String, String> headers) {
    }

    public static final String PAGE_ID = "104000000000001";
    public static final String IG_USER_ID = "178400000000001";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private final HttpServer server;
    private final String token;
    private final Clock clock;
    private final Map<String, JsonObject> conversations = new LinkedHashMap<>();
    private final Map<String, JsonObject> posts = new LinkedHashMap<>();
    private final Map<String, JsonObject> media = new LinkedHashMap<>();
    private final Map<String, JsonObject> comments = new LinkedHashMap<>();
    private final Map<String, Instant> lastCustomerMessage = new LinkedHashMap<>();
    private final List<JsonObject> sent = new ArrayList<>();
    private final Deque<Answer> failures = new ArrayDeque<>();
    private final AtomicLong next = new AtomicLong(1);
    /**
     * How many items a nested list (a conversation's messages, a post's comments, a comment's replies) shows per
     * page, inside a list and at its own edge: Graph may give fewer than the limit asked for, and only a missing
     * {@code paging.next} means the end.
     */
    private int nestedPage = 25;
    private int requests;
    private volatile Runnable onPost = () -> { };

    public FakeMeta(String token, Clock clock) {
        this.token = token;
        this.clock = clock;
        server = LocalHttp.start(Map.of("/v26.0/", this::handle));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public void onPost(Runnable action) {
        this.onPost = action;
    }

    /** A Messenger ({@code messenger}) or Instagram ({@code instagram}) message from a customer. */
    public String message(Person from, String text, String platform) {
        String id;
        synchronized (this) {
            JsonObject conversation = conversations.computeIfAbsent(platform + ":" + from.id(), k -> {
                JsonObject c = new JsonObject();
                c.addProperty("id", "t_" + next.getAndIncrement());
                c.addProperty("platform", platform);
                c.add("messages", new JsonArray());
                return c;
            });
            id = "m_" + next.getAndIncrement();
            conversation.getAsJsonArray("messages").add(message(id, text, person(from, platform)));
            conversation.addProperty("updated_time", now());
            lastCustomerMessage.put(conversation.get("id").getAsString(), clock.instant());
        }
        onPost.run();
        return id;
    }

    /** The Page publishes a post; customers comment on it. */
    public synchronized String pagePost(String text) {
        String id = PAGE_ID + "_" + next.getAndIncrement();
        JsonObject post = new JsonObject();
        post.addProperty("id", id);
        post.addProperty("message", text);
        post.addProperty("created_time", now());
        post.add("comments", new JsonArray());
        posts.put(id, post);
        return id;
    }

    public String comment(Person from, String text, String postId) {
        String id;
        synchronized (this) {
            id = postId.substring(postId.indexOf('_') + 1) + "_" + next.getAndIncrement();
            JsonObject comment = comment(id, text, person(from, "messenger"), "message", "created_time");
            comment.addProperty("permalink_url", "https://www.facebook.com/" + postId + "?comment_id=" + id);
            posts.get(postId).getAsJsonArray("comments").add(comment);
            comments.put(id, comment);
        }
        onPost.run();
        return id;
    }

    /** The Instagram account publishes a photo; customers comment on it. */
    public synchronized String igMedia(String caption) {
        String id = "179" + next.getAndIncrement();
        JsonObject item = new JsonObject();
        item.addProperty("id", id);
        item.addProperty("caption", caption);
        item.addProperty("timestamp", now());
        item.addProperty("permalink", "https://www.instagram.com/p/C" + id + "/");
        item.add("comments", new JsonArray());
        media.put(id, item);
        return id;
    }

    /** An Instagram comment on {@code mediaId}, or a reply under the top-level comment {@code parentId}. */
    public String igComment(Person from, String text, String mediaId, String parentId) {
        String id;
        synchronized (this) {
            id = "180" + next.getAndIncrement();
            JsonObject comment = comment(id, text, person(from, "instagram"), "text", "timestamp");
            comment.addProperty("username", from.username());
            if (parentId == null) {
                comment.add("replies", new JsonArray());
                media.get(mediaId).getAsJsonArray("comments").add(comment);
            } else {
                comments.get(parentId).getAsJsonArray("replies").add(comment);
            }
            comments.put(id, comment);
        }
        onPost.run();
        return id;
    }

    /** What the Page sent through SocialDesk (messages and comment replies), oldest first, as posted. */
    public synchronized List<JsonObject> sent() {
        return List.copyOf(sent);
    }

    /** Pages nested lists by {@code size} items (1: one item a page, as Graph may). */
    public synchronized void pageNestedListsBy(int size) {
        this.nestedPage = size;
    }

    /** How many Graph calls the account made so far. */
    public synchronized int requestCount() {
        return requests;
    }

    public synchronized void failNext(Answer answer) {
        failures.add(answer);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        requests++;
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + token).equals(header)) {
            LocalHttp.json(exchange, 400, error(190, 463, "Error validating access token: Session has expired"),
                    Map.of());
            return;
        }
        Answer failure = failures.poll();
        if (failure != null) {
            LocalHttp.json(exchange, failure.status(), failure.body(), failure.headers());
            return;
        }
        String path = exchange.getRequestURI().getPath().substring("/v26.0/".length());
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        boolean post = "POST".equals(exchange.getRequestMethod());
        JsonObject body = post ? JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)).getAsJsonObject() : new JsonObject();
        if (!post && path.equals(PAGE_ID)) {
            LocalHttp.json(exchange, 200, "{\"id\":\"" + PAGE_ID + "\",\"name\":\"ACME Support\"}", Map.of());
        } else if (!post && path.equals(IG_USER_ID)) {
            LocalHttp.json(exchange, 200, "{\"id\":\"" + IG_USER_ID + "\",\"username\":\"acme\"}", Map.of());
        } else if (!post && path.equals(PAGE_ID + "/conversations")) {
            String platform = query.contains("platform=instagram") ? "instagram" : "messenger";
            LocalHttp.json(exchange, 200, paged(list(conversations.values().stream()
                    .filter(c -> c.get("platform").getAsString().equals(platform))
                    .sorted(java.util.Comparator.comparing(c -> c.get("updated_time").getAsString()))
                    .map(this::conversationView).toList()), query, path, false).toString(), Map.of());
        } else if (!post && path.equals(PAGE_ID + "/feed")) {
            LocalHttp.json(exchange, 200, paged(list(posts.values().stream().map(p -> withList(p, "comments"))
                    .toList()), query, path, false).toString(), Map.of());
        } else if (!post && path.equals(IG_USER_ID + "/media")) {
            LocalHttp.json(exchange, 200, paged(list(media.values().stream().map(m -> withList(m, "comments"))
                    .toList()), query, path, false).toString(), Map.of());
        } else if (!post && path.endsWith("/messages") && conversation(edgeOf(path)).isPresent()) {
            LocalHttp.json(exchange, 200, paged(nested(conversation(edgeOf(path)).get().getAsJsonArray("messages"),
                    false), query, edgeOf(path) + "/messages", true).toString(), Map.of());
        } else if (!post && path.endsWith("/comments") && (posts.containsKey(edgeOf(path))
                || media.containsKey(edgeOf(path)))) {
            JsonObject parent = posts.containsKey(edgeOf(path)) ? posts.get(edgeOf(path)) : media.get(edgeOf(path));
            LocalHttp.json(exchange, 200, paged(nested(parent.getAsJsonArray("comments"), true), query,
                    edgeOf(path) + "/comments", true).toString(), Map.of());
        } else if (!post && path.endsWith("/replies") && comments.containsKey(edgeOf(path))
                && comments.get(edgeOf(path)).has("replies")) {
            LocalHttp.json(exchange, 200, paged(nested(comments.get(edgeOf(path)).getAsJsonArray("replies"), false),
                    query, edgeOf(path) + "/replies", true).toString(), Map.of());
        } else if (post && path.equals(PAGE_ID + "/messages")) {
            send(exchange, body);
        } else if (post && path.endsWith("/comments") && comments.containsKey(path.substring(0, path.indexOf('/')))) {
            replyToComment(exchange, path.substring(0, path.indexOf('/')), body, PAGE_ID, "message", "created_time");
        } else if (post && path.endsWith("/replies") && comments.containsKey(path.substring(0, path.indexOf('/')))) {
            String parent = path.substring(0, path.indexOf('/'));
            if (!comments.get(parent).has("replies")) {
                LocalHttp.json(exchange, 400, error(100, 2534023, "Invalid parameter: a reply can only be posted "
                        + "to a top-level comment"), Map.of());
                return;
            }
            replyToComment(exchange, parent, body, IG_USER_ID, "text", "timestamp");
        } else {
            LocalHttp.json(exchange, 400, error(100, 33, "Unsupported request: object does not exist"), Map.of());
        }
    }

    private void send(HttpExchange exchange, JsonObject body) throws IOException {
        String recipient = body.getAsJsonObject("recipient").get("id").getAsString();
        JsonObject conversation = conversations.values().stream().filter(c -> c.getAsJsonArray("messages")
                .asList().stream().anyMatch(m -> m.getAsJsonObject().getAsJsonObject("from").get("id").getAsString()
                        .equals(recipient))).findFirst().orElse(null);
        if (conversation == null) {
            LocalHttp.json(exchange, 400, error(100, 2018001, "No matching user found"), Map.of());
            return;
        }
        Duration since = Duration.between(lastCustomerMessage.get(conversation.get("id").getAsString()),
                clock.instant());
        boolean tagged = "MESSAGE_TAG".equals(body.get("messaging_type").getAsString())
                && "HUMAN_AGENT".equals(body.get("tag").getAsString());
        if (since.compareTo(tagged ? Duration.ofDays(7) : Duration.ofHours(24)) > 0) {
            LocalHttp.json(exchange, 400, error(10, 2018278, "(#10) This message is sent outside of allowed window."),
                    Map.of());
            return;
        }
        String id = "m_" + next.getAndIncrement();
        JsonObject page = new JsonObject();
        page.addProperty("id", conversation.get("platform").getAsString().equals("instagram") ? IG_USER_ID : PAGE_ID);
        page.addProperty("name", "ACME Support");
        conversation.getAsJsonArray("messages").add(message(id, body.getAsJsonObject("message").get("text")
                .getAsString(), page));
        sent.add(body);
        LocalHttp.json(exchange, 200, "{\"recipient_id\":\"" + recipient + "\",\"message_id\":\"" + id + "\"}",
                Map.of());
    }

    private void replyToComment(HttpExchange exchange, String parent, JsonObject body, String ownId,
                                String textField, String timeField) throws IOException {
        String id = parent.contains("_") ? parent.substring(0, parent.indexOf('_')) + "_" + next.getAndIncrement()
                : "180" + next.getAndIncrement();
        JsonObject from = new JsonObject();
        from.addProperty("id", ownId);
        from.addProperty("name", "ACME Support");
        JsonObject reply = comment(id, body.get("message").getAsString(), from, textField, timeField);
        JsonObject parentRef = new JsonObject();
        parentRef.addProperty("id", parent);
        reply.add("parent", parentRef);
        if (comments.get(parent).has("replies")) {
            comments.get(parent).getAsJsonArray("replies").add(reply);
        } else {
            posts.values().stream().filter(p -> p.getAsJsonArray("comments").asList().stream()
                    .anyMatch(c -> c.getAsJsonObject().get("id").getAsString().equals(parent))).findFirst()
                    .ifPresent(p -> p.getAsJsonArray("comments").add(reply));
        }
        comments.put(id, reply);
        JsonObject kept = body.deepCopy();
        kept.addProperty("replyTo", parent);
        sent.add(kept);
        LocalHttp.json(exchange, 200, "{\"id\":\"" + id + "\"}", Map.of());
    }

    private JsonObject conversationView(JsonObject conversation) {
        JsonObject view = new JsonObject();
        String id = conversation.get("id").getAsString();
        view.addProperty("id", id);
        view.addProperty("updated_time", conversation.get("updated_time").getAsString());
        view.add("messages", paged(nested(conversation.getAsJsonArray("messages"), false), "", id + "/messages",
                true));
        return view;
    }

    /**
     * Graph nests a list as {@code {"data": [...], "paging": ...}}, newest first, its first page only; Instagram
     * comments carry their replies the same way.
     */
    private JsonObject withList(JsonObject item, String field) {
        JsonObject view = item.deepCopy();
        view.add(field, paged(nested(item.getAsJsonArray(field), true), "", item.get("id").getAsString() + "/"
                + field, true));
        return view;
    }

    /** A nested list, newest first, as Graph shows it; {@code withReplies}: each comment's replies nested again. */
    private JsonObject nested(JsonArray stored, boolean withReplies) {
        List<com.google.gson.JsonElement> all = new ArrayList<>(stored.asList());
        java.util.Collections.reverse(all);
        JsonArray data = new JsonArray();
        all.forEach(element -> {
            JsonObject entry = element.getAsJsonObject().deepCopy();
            if (withReplies && entry.has("replies") && entry.get("replies").isJsonArray()) {
                entry.add("replies", paged(nested(entry.getAsJsonArray("replies"), false), "",
                        entry.get("id").getAsString() + "/replies", true));
            }
            data.add(entry);
        });
        JsonObject list = new JsonObject();
        list.add("data", data);
        return list;
    }

    /**
     * Graph's cursor paging: {@code limit} items from the {@code after} cursor (a nested list: at most its page size),
     * the cursors on every page, and {@code paging.next} (the URL of the next page at {@code edge}) only when there
     * is more.
     */
    private JsonObject paged(JsonObject list, String query, String edge, boolean nestedList) {
        Map<String, String> params = LocalHttp.query(query);
        int asked = Integer.parseInt(params.getOrDefault("limit", "25"));
        int limit = nestedList ? Math.min(asked, nestedPage) : asked;
        int from = params.containsKey("after") ? Integer.parseInt(params.get("after").substring(1)) : 0;
        JsonArray all = list.getAsJsonArray("data");
        JsonArray page = new JsonArray();
        for (int i = from; i < Math.min(all.size(), from + limit); i++) {
            page.add(all.get(i));
        }
        JsonObject paged = new JsonObject();
        paged.add("data", page);
        JsonObject cursors = new JsonObject();
        cursors.addProperty("before", "c" + from);
        cursors.addProperty("after", "c" + (from + page.size()));
        JsonObject paging = new JsonObject();
        paging.add("cursors", cursors);
        if (from + limit < all.size()) {
            paging.addProperty("next", baseUrl().resolve("/v26.0/" + edge + "?limit=" + limit + "&after=c"
                    + (from + limit)).toString());
        }
        paged.add("paging", paging);
        return paged;
    }

    private java.util.Optional<JsonObject> conversation(String id) {
        return conversations.values().stream().filter(c -> c.get("id").getAsString().equals(id)).findFirst();
    }

    private static String edgeOf(String path) {
        return path.substring(0, path.indexOf('/'));
    }

    private static JsonObject list(List<JsonObject> items) {
        List<JsonObject> newestFirst = new ArrayList<>(items);
        java.util.Collections.reverse(newestFirst);
        JsonArray data = new JsonArray();
        newestFirst.forEach(data::add);
        JsonObject list = new JsonObject();
        list.add("data", data);
        return list;
    }

    private JsonObject message(String id, String text, JsonObject from) {
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("message", text);
        message.add("from", from);
        message.addProperty("created_time", now());
        return message;
    }

    private JsonObject comment(String id, String text, JsonObject from, String textField, String timeField) {
        JsonObject comment = new JsonObject();
        comment.addProperty("id", id);
        comment.addProperty(textField, text);
        comment.add("from", from);
        comment.addProperty(timeField, now());
        return comment;
    }

    private static JsonObject person(Person person, String platform) {
        JsonObject from = new JsonObject();
        from.addProperty("id", person.id());
        if (platform.equals("instagram")) {
            from.addProperty("username", person.username());
        } else {
            from.addProperty("name", person.name());
        }
        return from;
    }

    private static String error(int code, int subcode, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"error_subcode\":" + subcode + ",\"fbtrace_id\":\"AbC\"}}";
    }

    private String now() {
        return TIME.format(clock.instant());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
