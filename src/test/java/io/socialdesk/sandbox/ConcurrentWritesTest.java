package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.contact.Contacts;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.surge.Surge;
import io.socialdesk.surge.SurgeMember;
import io.socialdesk.surge.SurgeStore;
import io.socialdesk.testing.TestDatabase;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every write endpoint of the REST API hit 20 times at once (what double clicks, two agents and a retrying client do
 * together): each answer is a success, a client error, or a 503 with Retry-After in the JSON error shape; never a
 * server error, never an HTML page. The list of endpoints is checked against the resource classes, so a new write
 * endpoint fails this test until it is added here.
 */
class ConcurrentWritesTest {
    private static final int AT_ONCE = 20;
    private static final String SECRET = "whsec-writes";

    @TempDir
    Path home;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    /** One write endpoint: its verb and path as the resource declares them, and the request to send (i = 0..19). */
    private record Write(String verb, String declared, IntFunction<HttpRequest> request) {
    }

    @AfterEach
    void stop() throws Exception {
        if (feeds != null) {
            feeds.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenEveryWriteEndpoint_whenEachIsCalledTwentyTimesAtOnce_thenNoServerError(TestDatabase db)
            throws Exception {
        // given: Jane's request with her post in an incident, her portal request, accounts to change
        sandbox = SandboxServer.start(0, home, Clock.systemUTC(), db.connect());
        feeds = SandboxFeeds.connect(sandbox, Clock.systemUTC());
        sandbox.startPolling(java.time.Duration.ofMillis(150));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "the app crashes on start", null, false);
        await(() -> sandbox.jsm().requests().size() == 1
                && sandbox.jsm().requests().get(0).properties().containsKey("socialdesk"));
        SimulatedJsm.Request social = sandbox.jsm().requests().get(0);
        SimulatedJsm.Request portal = sandbox.jsm().createRequest("App crashes", "on start", "jane@customer.example",
                3);
        var ao = sandbox.components().get(com.atlassian.activeobjects.external.ActiveObjects.class);
        InteractionEntity post = ao.find(InteractionEntity.class, Query.select().where("ISSUE_ID = ?",
                social.id()))[0];
        long contact = post.getContactId();
        long identity = sandbox.components().get(Contacts.class).identities(contact).get(0).id();
        SurgeStore surges = sandbox.components().get(SurgeStore.class);
        Surge surge = surges.start(post.getAccountId(), Instant.now(), 10, 1);
        SimulatedJsm.Request incident = sandbox.jsm().createRequest("Surge", "incident", "socialdesk", 1);
        surges.incident(surge.id(), incident.id());
        surges.decide(List.of(new SurgeMember(surge.id(), post.getID(), Optional.of(social.id()), 0.9, true,
                Optional.empty())));
        ChannelAccounts accounts = sandbox.components().get(ChannelAccounts.class);
        long mastodon = accounts.all().stream().filter(a -> a.kind().key().equals("mastodon")).findFirst()
                .orElseThrow().id();
        long phone = line();
        long doomed = accounts.all().stream().filter(a -> a.kind().key().equals("instagram")).findFirst()
                .orElseThrow().id();
        String history = "history/" + social.key();
        String mastodonForm = "{\"kind\":\"mastodon\",\"name\":\"@acme %d\",\"apiBaseUrl\":\""
                + feeds.mastodon().baseUrl() + "\",\"serviceDeskId\":1,\"requestTypeId\":1,\"pollSeconds\":15,"
                + "\"credentials\":{\"accessToken\":\"tok-%d\"}}";
        String settings = "{\"mergeWindowHours\":%d,\"reopenWindowDays\":7,\"blockedHandles\":[],\"blockWords\":[],"
                + "\"skipReposts\":true,\"missedCallCreatesRequest\":true,\"defaultRegion\":\"US\","
                + "\"retentionMonths\":0,\"customerNumberPattern\":\"\",\"praise\":\"request\","
                + "\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,"
                + "\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,\"topicMatchPercent\":45,\"possibleMatchPercent\":20,"
                + "\"conversationMerge\":\"same_topic\"}";
        List<Write> writes = List.of(
                write("POST", "/history/{issueKey}/reply", history + "/reply", i -> "{\"text\":\"on it " + i + "\"}"),
                write("POST", "/history/{issueKey}/customer", history + "/customer",
                        i -> "{\"user\":\"jane@customer.example\",\"merge\":true}"),
                write("POST", "/history/{issueKey}/identities/{identityId}/split", history + "/identities/"
                        + identity + "/split", i -> null),
                write("POST", "/history/{issueKey}/suggestions/accept", history + "/suggestions/accept",
                        i -> "{\"target\":\"customer:jane@customer.example\"}"),
                write("POST", "/history/{issueKey}/suggestions/reject", history + "/suggestions/reject",
                        i -> "{\"target\":\"customer:yusuf@example.org\"}"),
                write("POST", "/history/{issueKey}/incident/posts/{interactionId}/{direction}", history
                        + "/incident/posts/" + post.getID() + "/out", i -> null),
                write("POST", "/history/{issueKey}/incident/answer", "history/" + incident.key()
                        + "/incident/answer", i -> "{\"text\":\"Sorry, we are on it.\"}"),
                write("POST", "/history/{issueKey}/incident/answer/{action}", "history/" + incident.key()
                        + "/incident/answer/pause", i -> null),
                write("POST", "/history/{issueKey}/routing/contacts/{interactionId}/move", history
                        + "/routing/contacts/" + post.getID() + "/move", i -> "{\"target\":\"" + portal.key() + "\"}"),
                write("POST", "/history/{issueKey}/routing/merge", history + "/routing/merge",
                        i -> "{\"target\":\"" + portal.key() + "\"}"),
                new Write("POST", "/calls", i -> call(phone, i)),
                write("POST", "/calls/twilio", "calls/twilio?line=" + phone, i -> "From=%2B14155550150"),
                write("POST", "/meta/webhook", "meta/webhook", i -> "{\"object\":\"page\",\"entry\":[]}"),
                new Write("POST", "/whatsapp/webhook", this::whatsapp),
                write("POST", "/admin/accounts", "admin/accounts", i -> mastodonForm.formatted(i, i)),
                write("PUT", "/admin/accounts/{id}", "admin/accounts/" + mastodon, i -> mastodonForm.formatted(i, i)),
                write("POST", "/admin/accounts/{id}/poll", "admin/accounts/" + mastodon + "/poll", i -> null),
                write("POST", "/admin/accounts/{id}/secret", "admin/accounts/" + phone + "/secret", i -> null),
                write("POST", "/admin/connection-test", "admin/connection-test", i -> mastodonForm.formatted(i, i)),
                write("PUT", "/admin/settings", "admin/settings", i -> settings.formatted(24 + i)),
                write("DELETE", "/admin/accounts/{id}", "admin/accounts/" + doomed, i -> null),
                write("DELETE", "/history/{issueKey}/customer", history + "/customer", i -> null),
                write("DELETE", "/admin/contacts/{contactId}", "admin/contacts/" + contact, i -> null));
        assertThat(new TreeSet<>(writes.stream().map(w -> w.verb() + " " + w.declared()).toList()))
                .as("every write endpoint of the resources, and only those").isEqualTo(declaredWrites());

        // when / then
        Map<String, List<Integer>> refused = new LinkedHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (Write write : writes) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    HttpRequest request = write.request().apply(i);
                    answers.add(clients.submit(() -> {
                        go.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    }));
                }
                go.countDown();
                Map<Integer, Integer> statuses = new java.util.TreeMap<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
                    int status = response.statusCode();
                    statuses.merge(status, 1, Integer::sum);
                    boolean fine = status < 500 || status == 503
                            && response.headers().firstValue("Retry-After").isPresent()
                            && JsonParser.parseString(response.body()).getAsJsonObject().has("error");
                    if (!fine) {
                        refused.computeIfAbsent(write.verb() + " " + write.declared(), k -> new ArrayList<>())
                                .add(status);
                    }
                    if (status >= 400 && status != 404 && status != 405) {
                        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                                .as("%s %s answers errors as JSON", write.verb(), write.declared())
                                .contains("application/json");
                    }
                }
                System.out.println(db + " " + write.verb() + " " + write.declared() + " " + statuses);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(refused).as("endpoints that answered a server error").isEmpty();
    }

    private Write write(String verb, String declared, String path, IntFunction<String> body) {
        return new Write(verb, declared, i -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/"
                            + path)).header("Cookie", "sandbox-user=alice").header("Content-Type",
                            path.startsWith("calls/twilio") ? "application/x-www-form-urlencoded" : "application/json");
            String text = body.apply(i);
            return request.method(verb, text == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(text)).build();
        });
    }

    /** One customer's messages, twenty at once, signed as Meta signs them. */
    private HttpRequest whatsapp(int i) {
        com.google.gson.JsonObject text = new com.google.gson.JsonObject();
        text.addProperty("body", "message " + i);
        com.google.gson.JsonObject message = new com.google.gson.JsonObject();
        message.addProperty("from", "4915112340000");
        message.addProperty("id", "wamid.WRITE" + i);
        message.addProperty("timestamp", Long.toString(Instant.now().getEpochSecond()));
        message.addProperty("type", "text");
        message.add("text", text);
        com.google.gson.JsonArray messages = new com.google.gson.JsonArray();
        messages.add(message);
        com.google.gson.JsonObject metadata = new com.google.gson.JsonObject();
        metadata.addProperty("phone_number_id", io.socialdesk.sandbox.feeds.FakeWhatsApp.PHONE_NUMBER_ID);
        com.google.gson.JsonObject value = new com.google.gson.JsonObject();
        value.add("metadata", metadata);
        value.add("messages", messages);
        String body = feeds.whatsapp().notification(value);
        return HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/whatsapp/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", io.socialdesk.support.HubSignature.header(
                        SandboxFeeds.WHATSAPP_APP_SECRET, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest call(long line, int i) {
        String body = "{\"callId\":\"write-" + i + "\",\"direction\":\"inbound\",\"from\":\"+14155550150\","
                + "\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\"}";
        String now = Long.toString(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/calls?line=" + line))
                .header("Content-Type", "application/json").header("X-SocialDesk-Timestamp", now)
                .header("X-SocialDesk-Signature", SignedWebhook.header(SECRET.getBytes(StandardCharsets.UTF_8), now,
                        body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private long line() {
        com.google.gson.JsonObject form = new com.google.gson.JsonObject();
        form.addProperty("kind", "phone");
        form.addProperty("name", "Writes hotline");
        form.addProperty("serviceDeskId", 1);
        form.addProperty("requestTypeId", 1);
        com.google.gson.JsonObject credentials = new com.google.gson.JsonObject();
        credentials.addProperty("webhookSecret", SECRET);
        form.add("credentials", credentials);
        return ((io.socialdesk.admin.ChannelAccountAdmin.Saved) sandbox.components()
                .get(io.socialdesk.admin.ChannelAccountAdmin.class).create(form, "socialdesk")).account().id();
    }

    /** Every POST, PUT and DELETE of the plugin's REST resources (the descriptor's packages), as "VERB /path". */
    private static TreeSet<String> declaredWrites() {
        TreeSet<String> writes = new TreeSet<>();
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PluginDescriptor.load().restPackages());
        for (var resource : classes) {
            Class<?> type = resource.reflect();
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            String base = type.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : type.getMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class)
                        ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    writes.add(verb + " " + base + (sub == null ? "" : "/" + sub.value().replaceFirst("^/", "")));
                }
            }
        }
        return writes;
    }
}
