package io.socialdesk.sandbox.feeds;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bluesky PDS on localhost speaking the XRPC shapes SocialDesk uses: sessions (createSession, refreshSession; an
 * access token can be made to expire), listNotifications newest first with a cursor toward older ones and the
 * {@code reasons} filter, getProfiles with follower counts, getPosts, and createRecord, which checks a reply's root
 * and parent references and keeps what the company posted. {@link #failNext} queues answers such as a 429 with
 * {@code ratelimit-reset}, a 500 or a malformed body.
 */
public final class FakeBluesky implements AutoCloseable {
    public record Account(String did, String handle, String displayName, int followers) {
    }

    /** A canned answer for the next notifications call. */
    public record Answer(int status, String body, Map<String, String> headers) {
    }

    public static final Account COMPANY = new Account("did:plc:acmesupport0000000000000", "acme.bsky.social",
            "ACME Support", 5000);
    private final HttpServer server;
    private final String identifier;
    private final String password;
    private final Clock clock;
    private final List<JsonObject> notifications = new ArrayList<>();
    private final Map<String, JsonObject> posts = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final List<JsonObject> posted = new ArrayList<>();
    private final Set<String> accessTokens = new HashSet<>();
    private final Set<String> refreshTokens = new HashSet<>();
    private final Deque<Answer> failures = new ArrayDeque<>();
    private final List<JsonObject> chatLog = new ArrayList<>();
    private final List<JsonObject> messagesSent = new ArrayList<>();
    private volatile boolean chatAllowed = true;
    private final AtomicLong next = new AtomicLong(1);
    private final AtomicInteger logins = new AtomicInteger();
    private volatile Runnable onPost = () -> { };

    public FakeBluesky(String identifier, String password, Clock clock) {
        this.identifier = identifier;
        this.password = password;
        this.clock = clock;
        accounts.put(COMPANY.did(), COMPANY);
        server = LocalHttp.start(Map.of(
                "/xrpc/com.atproto.server.createSession", this::createSession,
                "/xrpc/com.atproto.server.refreshSession", this::refreshSession,
                "/xrpc/app.bsky.notification.listNotifications", this::listNotifications,
                "/xrpc/app.bsky.actor.getProfiles", this::getProfiles,
                "/xrpc/app.bsky.feed.getPosts", this::getPosts,
                "/xrpc/com.atproto.repo.createRecord", this::createRecord,
                "/xrpc/com.atproto.repo.uploadBlob", this::uploadBlob,
                "/xrpc/chat.bsky.convo.getLog", this::getLog,
                "/xrpc/chat.bsky.convo.sendMessage", this::sendMessage));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public void onPost(Runnable action) {
        this.onPost = action;
    }

    /** A customer's post to the company: {@code reason} mention, reply (to {@code parentUri}) or quote (of it). */
    public String post(Account author, String text, String parentUri, String reason) {
        String uri;
        synchronized (this) {
            accounts.put(author.did(), author);
            uri = "at://" + author.did() + "/app.bsky.feed.post/3l" + String.format("%011d", next.getAndIncrement());
            JsonObject record = new JsonObject();
            record.addProperty("$type", "app.bsky.feed.post");
            record.addProperty("text", text);
            record.addProperty("createdAt", now());
            JsonArray langs = new JsonArray();
            langs.add("en");
            record.add("langs", langs);
            if (parentUri != null && "quote".equals(reason)) {
                // a quote embeds the quoted post by reference (app.bsky.embed.record), in its own thread
                JsonObject quoted = new JsonObject();
                quoted.addProperty("uri", parentUri);
                quoted.addProperty("cid", posts.containsKey(parentUri) ? posts.get(parentUri).get("cid").getAsString()
                        : "bafyreiunknown");
                JsonObject embed = new JsonObject();
                embed.addProperty("$type", "app.bsky.embed.record");
                embed.add("record", quoted);
                record.add("embed", embed);
            } else if (parentUri != null) {
                record.add("reply", replyRefs(parentUri));
            }
            store(uri, author, record);
            notify(uri, author, reason, record);
        }
        onPost.run();
        return uri;
    }

    /** A direct message to the company through the chat service; returns the conversation id. */
    public String directMessage(Account from, String text) {
        String convo = "convo-" + Integer.toHexString(from.did().hashCode());
        synchronized (this) {
            accounts.put(from.did(), from);
            chatLog.add(chatEntry(convo, from.did(), text));
        }
        onPost.run();
        return convo;
    }

    /** What the company sent through the chat service, oldest first: {convoId, message{text}}. */
    public synchronized List<JsonObject> messagesSent() {
        return List.copyOf(messagesSent);
    }

    /** The app password was created without access to direct messages. */
    public void denyChat() {
        chatAllowed = false;
    }

    /** A repost of a post: a notification without words of the reposter's own. */
    public void repost(Account author, String subjectUri) {
        synchronized (this) {
            accounts.put(author.did(), author);
            JsonObject record = new JsonObject();
            record.addProperty("$type", "app.bsky.feed.repost");
            record.addProperty("createdAt", now());
            notify("at://" + author.did() + "/app.bsky.feed.repost/3r" + next.getAndIncrement(), author, "repost",
                    record);
        }
        onPost.run();
    }

    /** One of the company's own posts comes back as a notification (it mentioned the company too). */
    public void echo(String uri) {
        synchronized (this) {
            JsonObject post = posts.get(uri);
            notify(uri, COMPANY, "mention", post.getAsJsonObject("record"));
        }
        onPost.run();
    }

    public synchronized List<JsonObject> posted() {
        return List.copyOf(posted);
    }

    public int logins() {
        return logins.get();
    }

    /** Every access token issued so far is now expired (the PDS answers 400 ExpiredToken). */
    public synchronized void expireAccessTokens() {
        accessTokens.clear();
    }

    /** Access and refresh tokens are all refused: only a new login helps. */
    public synchronized void expireSessions() {
        accessTokens.clear();
        refreshTokens.clear();
    }

    public synchronized void failNext(Answer answer) {
        failures.add(answer);
    }

    private JsonObject replyRefs(String parentUri) {
        JsonObject parent = posts.get(parentUri);
        JsonObject parentRef = ref(parentUri, parent.get("cid").getAsString());
        JsonObject thread = new JsonObject();
        JsonObject parentRecord = parent.getAsJsonObject("record");
        thread.add("root", parentRecord.has("reply") ? parentRecord.getAsJsonObject("reply").get("root")
                : parentRef);
        thread.add("parent", parentRef);
        return thread;
    }

    private static JsonObject ref(String uri, String cid) {
        JsonObject ref = new JsonObject();
        ref.addProperty("uri", uri);
        ref.addProperty("cid", cid);
        return ref;
    }

    private void store(String uri, Account author, JsonObject record) {
        JsonObject view = new JsonObject();
        view.addProperty("uri", uri);
        view.addProperty("cid", "bafyrei" + Integer.toHexString(uri.hashCode()));
        view.add("author", profile(author, false));
        view.add("record", record);
        view.addProperty("indexedAt", now());
        posts.put(uri, view);
    }

    private void notify(String uri, Account author, String reason, JsonObject record) {
        JsonObject notification = new JsonObject();
        notification.addProperty("uri", uri);
        notification.addProperty("cid", posts.containsKey(uri) ? posts.get(uri).get("cid").getAsString() : "bafyr");
        notification.add("author", profile(author, false));
        notification.addProperty("reason", reason);
        notification.add("record", record);
        notification.addProperty("isRead", false);
        notification.addProperty("indexedAt", now());
        notifications.add(notification);
    }

    private JsonObject profile(Account account, boolean detailed) {
        JsonObject profile = new JsonObject();
        profile.addProperty("did", account.did());
        profile.addProperty("handle", account.handle());
        profile.addProperty("displayName", account.displayName());
        if (detailed) {
            profile.addProperty("followersCount", account.followers());
        }
        return profile;
    }

    private synchronized void createSession(HttpExchange exchange) throws IOException {
        JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)).getAsJsonObject();
        if (!identifier.equals(body.get("identifier").getAsString())
                || !password.equals(body.get("password").getAsString())) {
            LocalHttp.json(exchange, 401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier "
                    + "or password\"}", Map.of());
            return;
        }
        logins.incrementAndGet();
        LocalHttp.json(exchange, 200, session().toString(), Map.of());
    }

    private synchronized void refreshSession(HttpExchange exchange) throws IOException {
        String token = bearer(exchange);
        if (!refreshTokens.remove(token)) {
            LocalHttp.json(exchange, 400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}", Map.of());
            return;
        }
        LocalHttp.json(exchange, 200, session().toString(), Map.of());
    }

    private JsonObject session() {
        String access = "access-" + next.getAndIncrement();
        String refresh = "refresh-" + next.getAndIncrement();
        accessTokens.add(access);
        refreshTokens.add(refresh);
        JsonObject session = new JsonObject();
        session.addProperty("did", COMPANY.did());
        session.addProperty("handle", COMPANY.handle());
        session.addProperty("accessJwt", access);
        session.addProperty("refreshJwt", refresh);
        return session;
    }

    private synchronized void listNotifications(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        Answer failure = failures.poll();
        if (failure != null) {
            LocalHttp.json(exchange, failure.status(), failure.body(), failure.headers());
            return;
        }
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        int limit = Math.min(100, Integer.parseInt(query.getOrDefault("limit", List.of("50")).get(0)));
        List<String> reasons = query.getOrDefault("reasons", List.of());
        int start = query.containsKey("cursor") ? Integer.parseInt(query.get("cursor").get(0)) : 0;
        List<JsonObject> newestFirst = new ArrayList<>(notifications);
        java.util.Collections.reverse(newestFirst);
        List<JsonObject> matching = newestFirst.stream()
                .filter(n -> reasons.isEmpty() || reasons.contains(n.get("reason").getAsString())).toList();
        JsonArray page = new JsonArray();
        matching.stream().skip(start).limit(limit).forEach(page::add);
        JsonObject body = new JsonObject();
        body.add("notifications", page);
        if (start + limit < matching.size()) {
            body.addProperty("cursor", String.valueOf(start + limit));
        }
        LocalHttp.json(exchange, 200, body.toString(), Map.of("ratelimit-limit", "3000",
                "ratelimit-remaining", "2999", "ratelimit-reset", String.valueOf(clock.instant().getEpochSecond()
                        + 300)));
    }

    private synchronized void getProfiles(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        JsonArray profiles = new JsonArray();
        query(exchange.getRequestURI().getRawQuery()).getOrDefault("actors", List.of()).stream()
                .map(accounts::get).filter(java.util.Objects::nonNull).forEach(a -> profiles.add(profile(a, true)));
        JsonObject body = new JsonObject();
        body.add("profiles", profiles);
        LocalHttp.json(exchange, 200, body.toString(), Map.of());
    }

    private synchronized void getPosts(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        JsonArray found = new JsonArray();
        query(exchange.getRequestURI().getRawQuery()).getOrDefault("uris", List.of()).stream()
                .map(posts::get).filter(java.util.Objects::nonNull).forEach(found::add);
        JsonObject body = new JsonObject();
        body.add("posts", found);
        LocalHttp.json(exchange, 200, body.toString(), Map.of());
    }

    /** Blobs uploaded, by CID: their type and size, as a post's embed refers to them. */
    private final Map<String, JsonObject> blobs = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code com.atproto.repo.uploadBlob}: the raw bytes with their Content-Type; answers the blob reference a record
     * embeds ({@code $type: blob}, {@code ref.$link}, {@code mimeType}, {@code size}). Images over 1,000,000 bytes are
     * refused, as app.bsky.embed.images would refuse them.
     */
    private void uploadBlob(HttpExchange exchange) throws IOException {
        synchronized (this) {
            if (!authorized(exchange)) {
                return;
            }
        }
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (bytes.length == 0 || bytes.length > 1_000_000) {
            LocalHttp.json(exchange, 400, "{\"error\":\"BlobTooLarge\",\"message\":\"This file is too large\"}",
                    Map.of());
            return;
        }
        JsonObject ref = new JsonObject();
        ref.addProperty("$link", "bafkrei" + String.format("%020d", next.getAndIncrement()));
        JsonObject blob = new JsonObject();
        blob.addProperty("$type", "blob");
        blob.add("ref", ref);
        blob.addProperty("mimeType", type);
        blob.addProperty("size", bytes.length);
        blobs.put(ref.get("$link").getAsString(), blob);
        JsonObject answer = new JsonObject();
        answer.add("blob", blob);
        LocalHttp.json(exchange, 200, answer.toString(), Map.of());
    }

    private void createRecord(HttpExchange exchange) throws IOException {
        String uri;
        synchronized (this) {
            if (!authorized(exchange)) {
                return;
            }
            JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            JsonObject record = body.getAsJsonObject("record");
            JsonObject reply = record.getAsJsonObject("reply");
            boolean threaded = reply != null && refersToStoredPost(reply.getAsJsonObject("root"))
                    && refersToStoredPost(reply.getAsJsonObject("parent"));
            boolean knownImages = !record.has("embed") || record.getAsJsonObject("embed").getAsJsonArray("images")
                    .asList().stream().allMatch(i -> blobs.containsKey(i.getAsJsonObject().getAsJsonObject("image")
                            .getAsJsonObject("ref").get("$link").getAsString()));
            if (!COMPANY.did().equals(body.get("repo").getAsString()) || !threaded || !knownImages
                    || record.get("text").getAsString().isBlank()) {
                LocalHttp.json(exchange, 400, "{\"error\":\"InvalidRequest\",\"message\":\"Invalid app.bsky.feed.post "
                        + "record\"}", Map.of());
                return;
            }
            uri = "at://" + COMPANY.did() + "/app.bsky.feed.post/3c" + String.format("%011d", next.getAndIncrement());
            store(uri, COMPANY, record);
            JsonObject kept = body.deepCopy();
            kept.addProperty("uri", uri);
            posted.add(kept);
            LocalHttp.json(exchange, 200, "{\"uri\":\"" + uri + "\",\"cid\":\""
                    + posts.get(uri).get("cid").getAsString() + "\"}", Map.of());
        }
    }

    private JsonObject chatEntry(String convo, String sender, String text) {
        String rev = String.format("%012d", next.getAndIncrement());
        JsonObject senderRef = new JsonObject();
        senderRef.addProperty("did", sender);
        JsonObject message = new JsonObject();
        message.addProperty("$type", "chat.bsky.convo.defs#messageView");
        message.addProperty("id", "msg" + rev);
        message.addProperty("rev", rev);
        message.addProperty("text", text);
        message.add("sender", senderRef);
        message.addProperty("sentAt", now());
        JsonObject log = new JsonObject();
        log.addProperty("$type", "chat.bsky.convo.defs#logCreateMessage");
        log.addProperty("rev", rev);
        log.addProperty("convoId", convo);
        log.add("message", message);
        return log;
    }

    private synchronized void getLog(HttpExchange exchange) throws IOException {
        if (!authorized(exchange) || !chat(exchange)) {
            return;
        }
        String cursor = query(exchange.getRequestURI().getRawQuery()).getOrDefault("cursor", List.of("")).get(0);
        JsonArray logs = new JsonArray();
        chatLog.stream().filter(l -> l.get("rev").getAsString().compareTo(cursor) > 0).forEach(logs::add);
        JsonObject body = new JsonObject();
        body.add("logs", logs);
        if (!chatLog.isEmpty()) {
            body.addProperty("cursor", chatLog.get(chatLog.size() - 1).get("rev").getAsString());
        } else if (!cursor.isEmpty()) {
            body.addProperty("cursor", cursor);
        }
        LocalHttp.json(exchange, 200, body.toString(), Map.of());
    }

    private synchronized void sendMessage(HttpExchange exchange) throws IOException {
        if (!authorized(exchange) || !chat(exchange)) {
            return;
        }
        JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)).getAsJsonObject();
        String convo = body.get("convoId").getAsString();
        if (chatLog.stream().noneMatch(l -> l.get("convoId").getAsString().equals(convo))) {
            LocalHttp.json(exchange, 400, "{\"error\":\"InvalidConvo\",\"message\":\"Convo not found\"}", Map.of());
            return;
        }
        JsonObject log = chatEntry(convo, COMPANY.did(), body.getAsJsonObject("message").get("text").getAsString());
        chatLog.add(log);
        messagesSent.add(body);
        LocalHttp.json(exchange, 200, log.getAsJsonObject("message").toString(), Map.of());
    }

    /** The chat service answers only through the PDS's proxy, and only app passwords allowed to use it. */
    private boolean chat(HttpExchange exchange) throws IOException {
        if (!"did:web:api.bsky.chat#bsky_chat".equals(exchange.getRequestHeaders().getFirst("atproto-proxy"))) {
            LocalHttp.json(exchange, 501, "{\"error\":\"MethodNotImplemented\"}", Map.of());
            return false;
        }
        if (!chatAllowed) {
            LocalHttp.json(exchange, 400, "{\"error\":\"InvalidToken\",\"message\":\"Bad token scope\"}", Map.of());
            return false;
        }
        return true;
    }

    private boolean refersToStoredPost(JsonObject ref) {
        return ref != null && ref.has("uri") && posts.containsKey(ref.get("uri").getAsString())
                && posts.get(ref.get("uri").getAsString()).get("cid").getAsString().equals(ref.get("cid").getAsString());
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String token = bearer(exchange);
        if (accessTokens.contains(token)) {
            return true;
        }
        if (token.startsWith("access-")) {
            LocalHttp.json(exchange, 400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}", Map.of());
        } else {
            LocalHttp.json(exchange, 401, "{\"error\":\"AuthenticationRequired\"}", Map.of());
        }
        return false;
    }

    private static String bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
    }

    /** Repeated parameters (reasons, actors, uris) kept as lists, as XRPC sends arrays. */
    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw != null) {
            Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).forEach(kv -> values.computeIfAbsent(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""));
        }
        return values;
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
