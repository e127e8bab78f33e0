package io.socialdesk.sandbox.feeds;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Mastodon instance on localhost speaking the API shapes SocialDesk reads: Bearer auth (401 otherwise), mention
 * notifications newest first, paged forward with {@code min_id} and {@code Link} headers, X-RateLimit-* headers, and
 * a status with its public counts ({@code GET /api/v1/statuses/:id}, 404 once deleted). It reports a version
 * (4.5.0 unless told otherwise) and behaves as that version does: quote notifications from 4.5; from 4.3 a
 * notification policy whose defaults filter private mentions from accounts the company does not follow (left out of
 * the list unless {@code include_filtered=true}) and can drop them; {@code types[]} narrows the list.
 */
public final class FakeMastodon implements AutoCloseable {
    public record Account(String id, String acct, String displayName, int followers) {
    }

    static final int MAX_LIMIT = 80;
    private final HttpServer server;
    private final String token;
    private final Clock clock;
    private final List<JsonObject> notifications = new ArrayList<>();
    private final AtomicLong nextNotification = new AtomicLong(34_975_000);
    private final AtomicLong nextStatus = new AtomicLong(113_500_000_000_000_000L);
    private final AtomicLong requests = new AtomicLong();
    /** Customers' statuses by id, for GET /api/v1/statuses/:id; a deleted one is removed. */
    private final Map<String, JsonObject> statusesById = new java.util.HashMap<>();
    private final AtomicLong statusReads = new AtomicLong();
    private final Map<String, AtomicLong> readsById = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Runnable onPost = () -> { };
    /** The company status (1-based) whose answer is lost after Mastodon stored it; 0 = none. */
    private final java.util.concurrent.atomic.AtomicInteger loseAnswerOf = new java.util.concurrent.atomic.AtomicInteger();
    /** Statuses the company posted, by Idempotency-Key: a retried key posts nothing new (as Mastodon does). */
    private final Map<String, JsonObject> posted = new java.util.LinkedHashMap<>();
    public static final Account COMPANY = new Account("1", "acme", "ACME Support", 5000);
    /** What the company posted elsewhere, for quotes of a status SocialDesk did not post. */
    public static final String ANNOUNCEMENT = "Version 5.2 is out: a faster checkout for everyone";
    private volatile String version = "4.5.0";
    /** Mastodon 4.3's defaults. */
    private final Map<String, String> policy = new java.util.concurrent.ConcurrentHashMap<>(Map.of(
            "for_not_following", "accept", "for_not_followers", "accept", "for_new_accounts", "accept",
            "for_private_mentions", "filter", "for_limited_accounts", "filter"));
    private final java.util.Set<String> followedByCompany = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> filtered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FakeMastodon(String token, Clock clock) {
        this.token = token;
        this.clock = clock;
        server = LocalHttp.start(Map.of("/api/v1/accounts/verify_credentials", this::verifyCredentials,
                "/api/v1/notifications", this::notifications,
                "/api/v1/statuses", this::statuses,
                "/api/v2/instance", exchange -> instance(exchange, 4),
                "/api/v1/instance", exchange -> instance(exchange, 0),
                "/api/v2/notifications/policy", this::policy,
                "/media/", FakeMastodon::image,
                "/api/v2/media", this::upload));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** A customer mentions the company (public, or {@code direct}); returns the new status id. */
    public String post(Account author, String text, String inReplyTo, boolean direct) {
        return post(author, text, inReplyTo, direct ? "direct" : "public");
    }

    /**
     * A customer mentions the company with one of Mastodon's visibilities ({@code public}, {@code unlisted},
     * {@code private} for followers only, {@code direct}); returns the new status id.
     */
    public String post(Account author, String text, String inReplyTo, String visibility) {
        // outside the monitor: the sandbox's reaction takes the account lock, which a poll reading this
        // server may hold while it waits for the monitor
        String id = postLocked(author, text, inReplyTo, visibility, Optional.empty());
        onPost.run();
        return id;
    }

    /** {@code quoted}: the company's status this one quotes (a quote notification, no mention in the text). */
    private synchronized String postLocked(Account author, String text, String inReplyTo, String visibility,
                                           Optional<JsonObject> quoted) {
        String statusId = String.valueOf(nextStatus.incrementAndGet());
        JsonObject account = new JsonObject();
        account.addProperty("id", author.id());
        account.addProperty("acct", author.acct());
        account.addProperty("username", author.acct().split("@")[0]);
        account.addProperty("display_name", author.displayName());
        account.addProperty("followers_count", author.followers());
        account.addProperty("url", baseUrl().resolve("/@" + author.acct()).toString());
        JsonObject status = new JsonObject();
        status.addProperty("id", statusId);
        status.addProperty("created_at", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        status.addProperty("in_reply_to_id", inReplyTo);
        status.addProperty("visibility", visibility);
        status.addProperty("language", "en");
        status.addProperty("url", baseUrl().resolve("/@" + author.acct() + "/" + statusId).toString());
        status.addProperty("content", quoted.isPresent() ? "<p>" + escape(text) + "</p>"
                : "<p><span class=\"h-card\"><a href=\"" + baseUrl() + "@acme\" "
                + "class=\"u-url mention\">@<span>acme</span></a></span> " + escape(text) + "</p>");
        quoted.ifPresent(q -> {
            JsonObject quote = new JsonObject();
            quote.addProperty("state", "accepted");
            quote.add("quoted_status", q);
            status.add("quote", quote);
        });
        status.add("account", account);
        status.addProperty("replies_count", 0);
        status.addProperty("reblogs_count", 0);
        status.addProperty("favourites_count", 0);
        statusesById.put(statusId, status);
        notify(quoted.isPresent() ? "quote" : "mention", author, account, status);
        return statusId;
    }

    /**
     * A customer mentions the company with images attached, one per description (Mastodon's {@code media_attachments},
     * files under this server's {@code /media/}); returns the new status id.
     */
    public String postWithImages(Account author, String text, String... descriptions) {
        String id;
        synchronized (this) {
            id = postLocked(author, text, null, "public", Optional.empty());
            JsonArray media = new JsonArray();
            for (int i = 0; i < descriptions.length; i++) {
                JsonObject item = new JsonObject();
                item.addProperty("id", id + "-" + i);
                item.addProperty("type", "image");
                item.addProperty("url", baseUrl().resolve("/media/" + id + "-" + i + ".png").toString());
                item.addProperty("preview_url", baseUrl().resolve("/media/" + id + "-" + i + "-small.png").toString());
                item.addProperty("description", descriptions[i]);
                media.add(item);
            }
            statusesById.get(id).add("media_attachments", media);
        }
        onPost.run();
        return id;
    }

    /**
     * A customer quotes one of the company's statuses (Mastodon 4.5): a status of its own, not a reply, that the
     * company is notified of as a {@code quote}; returns the new status id.
     */
    public String quote(Account author, String text, String quotedStatusId) {
        if (!atLeast(4, 5)) {
            throw new IllegalStateException("Mastodon " + version + " has no quote posts (4.5 brought them)");
        }
        JsonObject quoted;
        synchronized (this) {
            // a status the company posted through SocialDesk, or one it posted elsewhere (an announcement)
            quoted = posted.values().stream().filter(s -> s.get("id").getAsString().equals(quotedStatusId))
                    .findFirst().orElseGet(() -> {
                        JsonObject announcement = new JsonObject();
                        announcement.addProperty("id", quotedStatusId);
                        announcement.addProperty("visibility", "public");
                        announcement.addProperty("content", "<p>" + ANNOUNCEMENT + "</p>");
                        JsonObject company = new JsonObject();
                        company.addProperty("id", COMPANY.id());
                        company.addProperty("acct", COMPANY.acct());
                        announcement.add("account", company);
                        return announcement;
                    });
        }
        String id = postLocked(author, text, null, "public", Optional.of(quoted));
        onPost.run();
        return id;
    }

    /** The Mastodon version this server reports ({@code 4.2.0}, {@code 3.5.3}, ...). */
    public void version(String version) {
        this.version = version;
    }

    /** Sets one field of the company's notification policy (4.3+) to {@code accept}, {@code filter} or {@code drop}. */
    public void policy(String field, String value) {
        policy.put(field, value);
    }

    /** The company follows this account: its private mentions are never filtered. */
    public void follow(Account account) {
        followedByCompany.add(account.id());
    }

    /** Creates the notification as the policy says: kept, kept but filtered, or never created (dropped). */
    private void notify(String type, Account author, JsonObject account, JsonObject status) {
        String decision = "accept";
        if (atLeast(4, 3) && !followedByCompany.contains(author.id())) {
            decision = stronger(decision, policy.get("for_not_following"));
            if ("direct".equals(status.get("visibility").getAsString())) {
                decision = stronger(decision, policy.get("for_private_mentions"));
            }
        }
        if ("drop".equals(decision)) {
            return;
        }
        JsonObject notification = new JsonObject();
        notification.addProperty("id", String.valueOf(nextNotification.incrementAndGet()));
        notification.addProperty("type", type);
        notification.addProperty("created_at", status.get("created_at").getAsString());
        notification.add("account", account);
        notification.add("status", status);
        notifications.add(notification);
        if ("filter".equals(decision)) {
            filtered.add(notification.get("id").getAsString());
        }
    }

    private static String stronger(String a, String b) {
        List<String> order = List.of("accept", "filter", "drop");
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    private boolean atLeast(int major, int minor) {
        String[] parts = version.split("[.-]");
        int actualMajor = Integer.parseInt(parts[0]);
        int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return actualMajor > major || actualMajor == major && actualMinor >= minor;
    }

    private void instance(HttpExchange exchange, int sinceMajor) throws IOException {
        if (!atLeast(sinceMajor, 0)) {
            respond(exchange, 404, "{\"error\":\"Record not found\"}", Map.of());
            return;
        }
        JsonObject instance = new JsonObject();
        instance.addProperty(sinceMajor == 4 ? "domain" : "uri", baseUrl().getAuthority());
        instance.addProperty("version", version);
        respond(exchange, 200, instance.toString(), Map.of());
    }

    /** Any file under /media/ is a small PNG drawn on the spot: the sandbox ships no image files. */
    private static void image(HttpExchange exchange) throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(160, 120,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D pen = picture.createGraphics();
        pen.setColor(new java.awt.Color(0xDEEBFF));
        pen.fillRect(0, 0, 160, 120);
        pen.setColor(new java.awt.Color(0x0052CC));
        pen.drawRect(20, 20, 120, 80);
        pen.drawLine(20, 20, 140, 100);
        pen.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, png.size());
        exchange.getResponseBody().write(png.toByteArray());
        exchange.close();
    }

    private void policy(HttpExchange exchange) throws IOException {
        if (!atLeast(4, 3)) {
            respond(exchange, 404, "{\"error\":\"Record not found\"}", Map.of());
            return;
        }
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"The access token is invalid\"}", Map.of());
            return;
        }
        JsonObject body = new JsonObject();
        policy.forEach(body::addProperty);
        respond(exchange, 200, body.toString(), Map.of());
    }

    /** Others boost and favourite a customer's status (the counts grow to these totals). */
    public synchronized void engage(String statusId, int reblogs, int favourites) {
        JsonObject status = statusesById.get(statusId);
        status.addProperty("reblogs_count", reblogs);
        status.addProperty("favourites_count", favourites);
    }

    /** The customer edits the status (Mastodon 3.5+): new content, and {@code edited_at} set to now. */
    public synchronized void edit(String statusId, String text) {
        JsonObject status = statusesById.get(statusId);
        status.addProperty("content", "<p><span class=\"h-card\"><a href=\"" + baseUrl() + "@acme\" "
                + "class=\"u-url mention\">@<span>acme</span></a></span> " + escape(text) + "</p>");
        status.addProperty("edited_at", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
    }

    /** The customer deletes the status: reading it answers 404. */
    public synchronized void delete(String statusId) {
        statusesById.remove(statusId);
    }

    /** How many single statuses were read (GET /api/v1/statuses/:id), for budget checks. */
    public long statusReads() {
        return statusReads.get();
    }

    /** How many times this status was read. */
    public long statusReads(String statusId) {
        return readsById.getOrDefault(statusId, new AtomicLong()).get();
    }

    /** Called after every customer post (the sandbox makes the account due at once). */
    public void onPost(Runnable action) {
        this.onPost = action;
    }

    /**
     * Mastodon stores the {@code n}-th status the company posts from now on, but the answer is lost (a 503 from a
     * proxy after the status was created): the sender cannot know whether it arrived.
     */
    public synchronized void loseAnswerOf(int n) {
        loseAnswerOf.set(posted.size() + n);
    }

    /** The statuses the company posted through SocialDesk, oldest first. */
    public synchronized List<JsonObject> posted() {
        return List.copyOf(posted.values());
    }

    /**
     * Lets one of the company's own statuses come back as a mention notification, as happens when a reply mentions
     * the company account too: SocialDesk must know it as its own and never make a request of it.
     */
    public void echo(String statusId) {
        echoLocked(statusId);
        onPost.run();
    }

    private synchronized void echoLocked(String statusId) {
        posted.values().stream().filter(s -> s.get("id").getAsString().equals(statusId)).findFirst()
                .ifPresent(status -> {
                    JsonObject notification = new JsonObject();
                    notification.addProperty("id", String.valueOf(nextNotification.incrementAndGet()));
                    notification.addProperty("type", "mention");
                    notification.addProperty("created_at", status.get("created_at").getAsString());
                    notification.add("account", status.get("account"));
                    notification.add("status", status);
                    notifications.add(notification);
                });
    }

    /** Pictures agents uploaded, by media id: name, type, size and description, as the status's attachments show. */
    private final Map<String, JsonObject> uploads = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong nextUpload = new AtomicLong(900);

    /** {@code POST /api/v2/media}: multipart {@code file} (and {@code description}); 200 with the attachment. */
    private void upload(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())
                || !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"The access token is invalid\"}", Map.of());
            return;
        }
        Map<String, LocalHttp.Part> form = LocalHttp.multipart(exchange);
        LocalHttp.Part file = form.get("file");
        if (file == null || file.bytes().length == 0) {
            respond(exchange, 422, "{\"error\":\"Validation failed: File can't be blank\"}", Map.of());
            return;
        }
        String id = String.valueOf(nextUpload.incrementAndGet());
        JsonObject media = new JsonObject();
        media.addProperty("id", id);
        media.addProperty("type", file.type().startsWith("image/gif") ? "gifv" : "image");
        media.addProperty("url", baseUrl().resolve("/media/upload-" + id + ".png").toString());
        media.addProperty("description", form.containsKey("description") ? form.get("description").text() : null);
        media.addProperty("filename", file.filename());
        media.addProperty("size", file.bytes().length);
        media.addProperty("content_type", file.type());
        uploads.put(id, media);
        respond(exchange, 200, media.toString(), Map.of());
    }

    private void statuses(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            status(exchange);
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())
                || !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"The access token is invalid\"}", Map.of());
            return;
        }
        JsonObject body = com.google.gson.JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)).getAsJsonObject();
        String key = java.util.Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"))
                .orElse(java.util.UUID.randomUUID().toString());
        String text = body.get("status").getAsString();
        if (text.codePointCount(0, text.length()) > 500) {
            respond(exchange, 422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}",
                    Map.of());
            return;
        }
        JsonObject status;
        boolean lost;
        synchronized (this) {
            boolean fresh = !posted.containsKey(key);
            status = posted.computeIfAbsent(key, k -> {
                String id = String.valueOf(nextStatus.incrementAndGet());
                JsonObject account = new JsonObject();
                account.addProperty("id", COMPANY.id());
                account.addProperty("acct", COMPANY.acct());
                account.addProperty("display_name", COMPANY.displayName());
                account.addProperty("followers_count", COMPANY.followers());
                JsonObject created = new JsonObject();
                created.addProperty("id", id);
                created.addProperty("created_at", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
                created.add("in_reply_to_id", body.get("in_reply_to_id"));
                created.add("visibility", body.get("visibility"));
                created.addProperty("url", baseUrl().resolve("/@acme/" + id).toString());
                created.addProperty("content", "<p>" + escape(text) + "</p>");
                com.google.gson.JsonArray attached = new com.google.gson.JsonArray();
                if (body.has("media_ids")) {
                    body.getAsJsonArray("media_ids").forEach(m -> {
                        if (uploads.containsKey(m.getAsString())) {
                            attached.add(uploads.get(m.getAsString()));
                        }
                    });
                }
                created.add("media_attachments", attached);
                created.add("account", account);
                return created;
            });
            lost = fresh && posted.size() == loseAnswerOf.get();
        }
        if (lost) {
            respond(exchange, 503, "<html>Service Temporarily Unavailable</html>", Map.of());
            return;
        }
        respond(exchange, 200, status.toString(), Map.of());
    }

    private void status(HttpExchange exchange) throws IOException {
        statusReads.incrementAndGet();
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"The access token is invalid\"}", Map.of());
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        readsById.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
        JsonObject status;
        synchronized (this) {
            status = statusesById.containsKey(id) ? statusesById.get(id).deepCopy() : null;
        }
        if (status == null) {
            respond(exchange, 404, "{\"error\":\"Record not found\"}", Map.of());
            return;
        }
        respond(exchange, 200, status.toString(), Map.of());
    }

    private void verifyCredentials(HttpExchange exchange) throws IOException {
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"The access token is invalid\"}", Map.of());
            return;
        }
        JsonObject account = new JsonObject();
        account.addProperty("id", COMPANY.id());
        account.addProperty("username", COMPANY.acct());
        account.addProperty("acct", COMPANY.acct());
        account.addProperty("display_name", COMPANY.displayName());
        respond(exchange, 200, account.toString(), Map.of());
    }

    /** How many notification requests were served (tests bound the pages one poll may fetch). */
    public long requestCount() {
        return requests.get();
    }

    private void notifications(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"The access token is invalid\"}", Map.of());
            return;
        }
        Map<String, String> query = LocalHttp.query(exchange.getRequestURI().getRawQuery());
        int limit = Math.min(MAX_LIMIT, Integer.parseInt(query.getOrDefault("limit", "40")));
        long minId = Long.parseLong(query.getOrDefault("min_id", "0"));
        List<String> types = java.util.Arrays.stream(java.util.Optional.ofNullable(
                        exchange.getRequestURI().getRawQuery()).orElse("").split("&"))
                .filter(pair -> pair.startsWith("types%5B%5D=") || pair.startsWith("types[]="))
                .map(pair -> pair.substring(pair.indexOf('=') + 1)).toList();
        boolean includeFiltered = atLeast(4, 3) && "true".equals(query.get("include_filtered"));
        JsonArray page = new JsonArray();
        synchronized (this) {
            // min_id: the page immediately newer than min_id, returned newest first (as Mastodon does)
            List<JsonObject> newer = notifications.stream()
                    .filter(n -> types.isEmpty() || types.contains(n.get("type").getAsString()))
                    .filter(n -> includeFiltered || !filtered.contains(n.get("id").getAsString()))
                    .filter(n -> n.get("id").getAsLong() > minId).limit(limit).toList();
            for (int i = newer.size() - 1; i >= 0; i--) {
                page.add(newer.get(i));
            }
        }
        String link = page.isEmpty() ? "" : "<" + baseUrl() + "api/v1/notifications?min_id="
                + page.get(0).getAsJsonObject().get("id").getAsString() + ">; rel=\"prev\"";
        respond(exchange, 200, page.toString(), link.isEmpty() ? Map.of() : Map.of("Link", link));
    }

    private void respond(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        Map<String, String> all = new java.util.LinkedHashMap<>(Map.of("X-RateLimit-Limit", "300",
                "X-RateLimit-Remaining", "299",
                "X-RateLimit-Reset", clock.instant().plusSeconds(300).truncatedTo(ChronoUnit.SECONDS) + ""));
        all.putAll(headers);
        LocalHttp.json(exchange, status, body, all);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
