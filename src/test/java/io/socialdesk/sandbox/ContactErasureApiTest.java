package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.contact.Contacts;
import io.socialdesk.jira.JiraUserAnonymization;
import io.socialdesk.privacy.ContactErasure;
import io.socialdesk.privacy.ContactRecords;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure of a person: after it, none of their words, handles or names remain in any SocialDesk table or in what
 * SocialDesk wrote on requests; counts stay; and Jira's user anonymization reaches the same erasure.
 */
class ContactErasureApiTest {
    /** Everything that identifies Jane or says what she wrote, as the sandbox seeds and she posts it. */
    private static final List<String> JANE = List.of("parcel never came", "nothing today", "Jane Customer",
            "jane_c", "Jane C.", "jane@customer.example", "@jane");

    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, clock);
        feeds = SandboxFeeds.connect(sandbox, clock);
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenJanesRequestAndComment_whenAnAdminErasesHerContact_thenNoTextOfHersRemainsInTheDatabaseOrOnTheRequest()
            throws Exception {
        // given: a request from her first post and a comment from her second
        SimulatedJsm.Request request = janePostsTwice();
        long contact = contactOf(request);
        assertThat(tablesContaining(JANE)).isNotEmpty(); // the scan finds her before the erasure
        int interactions = sandbox.components().get(ContactRecords.class).export(contact).orElseThrow()
                .interactions().size();

        // when
        HttpResponse<String> erased = send("DELETE", "admin/contacts/" + contact, "alice");

        // then: what was done is answered
        assertThat(erased.statusCode()).isEqualTo(200);
        JsonObject body = json(erased);
        assertThat(body.get("requestsRedacted").getAsInt()).isEqualTo(1);
        assertThat(body.get("commentsRedacted").getAsInt()).isEqualTo(1);
        assertThat(body.get("refused").getAsInt()).isZero();
        // nothing of hers in any SocialDesk table
        assertThat(tablesContaining(JANE)).isEmpty();
        // nothing of hers in what SocialDesk wrote on the request; its marker properties stay, the author's is gone
        SimulatedJsm.Request after = sandbox.jsm().request(request.key()).orElseThrow();
        List<String> written = new ArrayList<>(List.of(after.summary(), after.description()));
        after.comments().forEach(c -> written.add(c.body()));
        written.addAll(after.properties().values());
        assertThat(written).allSatisfy(text -> assertThat(JANE).noneMatch(text::contains));
        assertThat(after.description()).startsWith("[Removed at the customer's request on ");
        assertThat(after.properties()).doesNotContainKey("socialdesk");
        // the counts for reports stay: the interactions are there, without text
        var export = sandbox.components().get(ContactRecords.class).export(contact).orElseThrow();
        assertThat(export.displayName()).isEqualTo("Erased contact");
        assertThat(export.identities()).isEmpty();
        assertThat(export.interactions()).hasSize(interactions).allSatisfy(e -> assertThat(e.text()).isEmpty());
        // audited without a name
        var audited = sandbox.host().auditLog().get(sandbox.host().auditLog().size() - 1);
        assertThat(audited.getActionI18nKey()).isEqualTo("socialdesk.audit.contact.erased");
        assertThat(audited.getExtraAttributes()).allSatisfy(a -> assertThat(a.getValue()).isEqualTo("" + contact));

        // and when: erased again, a day later
        clock.advance(java.time.Duration.ofDays(1));
        int audits = sandbox.host().auditLog().size();
        HttpResponse<String> again = send("DELETE", "admin/contacts/" + contact, "alice");

        // then: nothing changes, in Jira or here
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("requestsRedacted").getAsInt()).isZero();
        SimulatedJsm.Request untouched = sandbox.jsm().request(request.key()).orElseThrow();
        assertThat(untouched.description()).isEqualTo(after.description());
        assertThat(untouched.history()).isEqualTo(after.history());
        assertThat(untouched.comments()).isEqualTo(after.comments());
        assertThat(sandbox.host().auditLog()).hasSize(audits);
    }

    @Test
    void givenAnErasedContact_whenSheWritesAgain_thenSheIsANewContactOnANewRequest() throws Exception {
        // given
        SimulatedJsm.Request request = janePostsTwice();
        long contact = contactOf(request);
        send("DELETE", "admin/contacts/" + contact, "alice");

        // when
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "me again", null, false);

        // then: once routing stored it (the request exists before its outcome is stored; its property comes after)
        await(() -> sandbox.jsm().requests().size() == 2
                && sandbox.jsm().requests().get(0).properties().containsKey("socialdesk"));
        SimulatedJsm.Request fresh = sandbox.jsm().requests().get(0);
        assertThat(fresh.description()).contains("me again");
        assertThat(contactOf(fresh)).isNotEqualTo(contact);
    }

    @Test
    void givenWrongCallers_whenErasing_thenNonAdminsAreRefusedAndUnknownOrMalformedIdsNamed() throws Exception {
        // given
        long contact = contactOf(janePostsTwice());

        // when
        HttpResponse<String> agent = send("DELETE", "admin/contacts/" + contact, "bob");
        HttpResponse<String> unknown = send("DELETE", "admin/contacts/999999", "alice");
        HttpResponse<String> malformed = send("DELETE", "admin/contacts/-3", "alice");
        HttpResponse<String> signed = send("DELETE", "admin/contacts/+" + contact, "alice");
        HttpResponse<String> padded = send("DELETE", "admin/contacts/0" + contact, "alice");

        // then
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("field").getAsString()).isEqualTo("contactId");
        assertThat(signed.statusCode()).as("+%d is no contact id", contact).isEqualTo(400);
        assertThat(padded.statusCode()).isEqualTo(400);
        assertThat(tablesContaining(List.of("parcel never came"))).isNotEmpty();
    }

    @Test
    void givenJiraAnonymizesJane_whenItAsksAndThenRunsTheHandler_thenHerContactIsShownThenErased() throws Exception {
        // given
        SimulatedJsm.Request request = janePostsTwice();
        var handler = new JiraUserAnonymization(sandbox.components().get(Contacts.class),
                sandbox.components().get(ContactRecords.class), sandbox.components().get(ContactErasure.class));
        var jane = new com.atlassian.jira.user.anonymize.UserAnonymizationParameter("jane@customer.example");
        var nobody = new com.atlassian.jira.user.anonymize.UserAnonymizationParameter("nobody");

        // when
        var affected = handler.getAffectedEntities(jane);
        var result = handler.update(jane);

        // then
        assertThat(affected).singleElement().satisfies(entity -> {
            assertThat(entity.getDescriptionKey()).isEqualTo("socialdesk.anonymize.affected");
            assertThat(entity.getNumberOfOccurrences()).isGreaterThanOrEqualTo(3L);
        });
        assertThat(result.isValid()).isTrue();
        assertThat(tablesContaining(JANE)).isEmpty();
        assertThat(sandbox.jsm().request(request.key()).orElseThrow().comments())
                .allSatisfy(c -> assertThat(c.body()).doesNotContain("nothing today"));
        assertThat(handler.getAffectedEntities(jane)).isEmpty();
        assertThat(handler.getAffectedEntities(nobody)).isEmpty();
        assertThat(handler.update(nobody).isValid()).isTrue();
    }

    private SimulatedJsm.Request janePostsTwice() throws Exception {
        sandbox.startPolling(Duration.ofMillis(100));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "my parcel never came", null, false);
        await(() -> sandbox.jsm().requests().size() == 1);
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "nothing today either", null, false);
        await(() -> sandbox.jsm().requests().get(0).comments().size() == 1
                && sandbox.jsm().requests().get(0).properties().containsKey("socialdesk"));
        return sandbox.jsm().requests().get(0);
    }

    private long contactOf(SimulatedJsm.Request request) throws Exception {
        return json(send("GET", "history/" + request.key(), "alice")).getAsJsonObject("contact").get("id")
                .getAsLong();
    }

    /** "TABLE.COLUMN" of every cell in SocialDesk's tables that contains one of the texts (case-insensitive). */
    private List<String> tablesContaining(List<String> texts) throws SQLException {
        var ao = (EntityManagerActiveObjects) sandbox.components().get(ActiveObjects.class);
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(ao.jdbcUrl(), "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, null, "AO_%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                try (var rows = connection.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String value = rows.getString(c);
                            if (value != null && texts.stream().anyMatch(t ->
                                    value.toLowerCase().contains(t.toLowerCase()))) {
                                found.add(table + "." + rows.getMetaData().getColumnName(c) + "=" + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private HttpResponse<String> send(String method, String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/" + path))
                .header("Cookie", "sandbox-user=" + user)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
