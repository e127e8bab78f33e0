package io.socialdesk.sandbox.feeds;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.socialdesk.support.HubSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WhatsApp's Cloud API on localhost for one business number, and the customers' phones that write to it: customers'
 * messages are posted to SocialDesk's webhook in Meta's notification shape, signed with the app secret; SocialDesk's
 * replies are taken at {@code POST /v23.0/{phone-number-id}/messages} (Bearer token, error 190 otherwise) with the
 * 24-hour window (free text refused with 131047 when the customer last wrote earlier; templates always taken), and
 * each accepted message's statuses are posted back: sent, then read before delivered, as Meta may deliver them.
 * Media ids resolve to a short-lived file address that serves the file only with the token.
 */
public final class FakeWhatsApp implements AutoCloseable {
    public static final String PHONE_NUMBER_ID = "106540352242922";
    public static final String BUSINESS_ACCOUNT_ID = "102290129340398";
    public static final String DISPLAY_NUMBER = "+1 555-010-0200";
    private static final String VERSION = "/v23.0/";
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;
    private final String appSecret;
    private final Clock clock;
    private final Map<String, Instant> lastCustomerMessage = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<JsonObject> sent = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong next = new AtomicLong(1);
    private volatile URI webhook;
    private volatile boolean statuses = true;

    public FakeWhatsApp(String token, String appSecret, Clock clock) {
        this.token = token;
        this.appSecret = appSecret;
        this.clock = clock;
        server = LocalHttp.start(Map.of(VERSION, this::handle, "/files/", this::file));
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Where the customers' messages and the statuses are posted: SocialDesk's WhatsApp webhook. */
    public void deliverTo(URI sandboxBaseUrl) {
        this.webhook = sandboxBaseUrl.resolve("rest/socialdesk/1.0/whatsapp/webhook");
    }

    /** Whether statuses are posted back after each accepted message (tests turn them off to send their own). */
    public void sendStatuses(boolean on) {
        this.statuses = on;
    }

    /** A text from {@code number} (digits, as WhatsApp's ids are); answers the webhook's HTTP status. */
    public int message(String number, String name, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("body", text);
        return deliver(number, name, "text", body, null);
    }

    /** A photo with a caption: its file is served by media id. */
    public int photo(String number, String name, String caption, byte[] jpeg) {
        String mediaId = Long.toString(900_000_000_000L + next.getAndIncrement());
        files.put(mediaId, jpeg);
        JsonObject image = new JsonObject();
        image.addProperty("id", mediaId);
        image.addProperty("mime_type", "image/jpeg");
        image.addProperty("caption", caption);
        return deliver(number, name, "image", image, null);
    }

    /** Any message of {@code type} with its part as given (location, contacts, interactive…). */
    public int deliver(String number, String name, String type, JsonObject part, String answering) {
        lastCustomerMessage.put(number, clock.instant());
        return post(messageNotification(number, name, "wamid.IN" + next.getAndIncrement() + "x" + number, type, part,
                answering));
    }

    /**
     * The notification of one message {@code id} of {@code type} (its part as given), answering our message
     * {@code answering} or null, as Meta would post it, not posted: for a test that delivers it itself.
     */
    public String messageNotification(String number, String name, String id, String type, JsonObject part,
                                      String answering) {
        JsonObject message = new JsonObject();
        message.addProperty("from", number);
        message.addProperty("id", id);
        message.addProperty("timestamp", Long.toString(clock.instant().getEpochSecond()));
        message.addProperty("type", type);
        if (answering != null) {
            JsonObject context = new JsonObject();
            context.addProperty("from", PHONE_NUMBER_ID);
            context.addProperty("id", answering);
            message.add("context", context);
        }
        if (type.equals("contacts")) {
            message.add("contacts", part.getAsJsonArray("contacts"));
        } else {
            message.add(type, part);
        }
        JsonObject value = value();
        JsonArray contacts = new JsonArray();
        JsonObject contact = new JsonObject();
        JsonObject profile = new JsonObject();
        profile.addProperty("name", name);
        contact.add("profile", profile);
        contact.addProperty("wa_id", number);
        contacts.add(contact);
        value.add("contacts", contacts);
        JsonArray messages = new JsonArray();
        messages.add(message);
        value.add("messages", messages);
        return notification(value);
    }

    /** A status of one of our messages, as Meta posts it; {@code errorCode} > 0 for a failure. */
    public int status(String messageId, String recipient, String status, int errorCode) {
        JsonObject item = new JsonObject();
        item.addProperty("id", messageId);
        item.addProperty("status", status);
        item.addProperty("timestamp", Long.toString(clock.instant().getEpochSecond()));
        item.addProperty("recipient_id", recipient);
        if (errorCode > 0) {
            JsonObject error = new JsonObject();
            error.addProperty("code", errorCode);
            error.addProperty("title", errorCode == 131026 ? "Message undeliverable" : "Failed");
            JsonArray errors = new JsonArray();
            errors.add(error);
            item.add("errors", errors);
        }
        JsonObject value = value();
        JsonArray items = new JsonArray();
        items.add(item);
        value.add("statuses", items);
        return post(notification(value));
    }

    /** The messages SocialDesk sent, as the Cloud API received them. */
    public List<JsonObject> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The customer last wrote {@code ago} before now: the window may have closed. */
    public void lastWrote(String number, Duration ago) {
        lastCustomerMessage.put(number, clock.instant().minus(ago));
    }

    /** A notification's body as Meta sends it, signed. */
    public String notification(JsonObject value) {
        JsonObject change = new JsonObject();
        change.addProperty("field", "messages");
        change.add("value", value);
        JsonArray changes = new JsonArray();
        changes.add(change);
        JsonObject entry = new JsonObject();
        entry.addProperty("id", BUSINESS_ACCOUNT_ID);
        entry.add("changes", changes);
        JsonArray entries = new JsonArray();
        entries.add(entry);
        JsonObject body = new JsonObject();
        body.addProperty("object", "whatsapp_business_account");
        body.add("entry", entries);
        return body.toString();
    }

    /** Posts {@code body} signed with the app secret; answers the HTTP status. */
    public int post(String body) {
        return post(body, HubSignature.header(appSecret, body.getBytes(StandardCharsets.UTF_8)));
    }

    public int post(String body, String signature) {
        return LocalHttp.postWebhook(http, webhook, body, Map.of("X-Hub-Signature-256", signature));
    }

    private JsonObject value() {
        JsonObject metadata = new JsonObject();
        metadata.addProperty("display_phone_number", DISPLAY_NUMBER.replaceAll("[^0-9]", ""));
        metadata.addProperty("phone_number_id", PHONE_NUMBER_ID);
        JsonObject value = new JsonObject();
        value.addProperty("messaging_product", "whatsapp");
        value.add("metadata", metadata);
        return value;
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            LocalHttp.json(exchange, 401, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":"
                    + "\"OAuthException\",\"code\":190}}", Map.of());
            return;
        }
        String path = exchange.getRequestURI().getPath().substring(VERSION.length());
        if (exchange.getRequestMethod().equals("GET") && path.equals(PHONE_NUMBER_ID)) {
            LocalHttp.json(exchange, 200, "{\"display_phone_number\":\"" + DISPLAY_NUMBER + "\",\"verified_name\":"
                    + "\"ACME Support\",\"id\":\"" + PHONE_NUMBER_ID + "\"}", Map.of());
        } else if (exchange.getRequestMethod().equals("GET") && files.containsKey(path)) {
            LocalHttp.json(exchange, 200, "{\"url\":\"" + baseUrl().resolve("files/" + path) + "\",\"mime_type\":"
                    + "\"image/jpeg\",\"id\":\"" + path + "\"}", Map.of());
        } else if (exchange.getRequestMethod().equals("POST") && path.equals(PHONE_NUMBER_ID + "/messages")) {
            send(exchange);
        } else {
            LocalHttp.json(exchange, 400, "{\"error\":{\"message\":\"Unsupported request\",\"code\":100}}", Map.of());
        }
    }

    private void send(HttpExchange exchange) throws IOException {
        JsonObject body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)).getAsJsonObject();
        String to = body.get("to").getAsString();
        Instant last = lastCustomerMessage.get(to);
        boolean open = last != null && last.isAfter(clock.instant().minus(Duration.ofHours(24)));
        if (!open && !"template".equals(body.get("type").getAsString())) {
            LocalHttp.json(exchange, 400, "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":"
                    + "\"OAuthException\",\"code\":131047,\"error_data\":{\"messaging_product\":\"whatsapp\","
                    + "\"details\":\"Message failed to send because more than 24 hours have passed since the "
                    + "customer last replied to this number.\"}}}", Map.of());
            return;
        }
        String id = "wamid.OUT" + next.getAndIncrement();
        body.addProperty("id", id);
        sent.add(body);
        LocalHttp.json(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to
                + "\",\"wa_id\":\"" + to + "\"}],\"messages\":[{\"id\":\"" + id + "\"}]}", Map.of());
        if (statuses && webhook != null) {
            // after the answer, as Meta does; read may come before delivered
            Thread.ofVirtual().start(() -> {
                status(id, to, "sent", 0);
                status(id, to, "read", 0);
                status(id, to, "delivered", 0);
            });
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/files/".length());
        byte[] bytes = files.get(id);
        if (bytes == null || !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
