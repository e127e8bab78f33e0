package io.socialdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.socialdesk.channel.Verification;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's Test connection holds a Jira request thread while the network answers: it must answer within the short
 * budget of calls a person waits for, not after the job's 30 s per call.
 */
class TestConnectionBudgetTest {
    @TempDir
    Path home;

    @Test
    void givenAServerThatNeverAnswers_whenAnAdminTestsTheConnection_thenTheAnswerSaysTheWaitWasCutShort()
            throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
        EntityManagerActiveObjects ao = TestDatabase.HSQLDB.connect();
        ao.migrateDestructively(PluginDescriptor.load().aoEntityClasses());
        try (FakeHttpServer silent = new FakeHttpServer();
             PluginNode node = PluginNode.start(new SimulatedJsm(clock), ao, home, clock)) {
            // given
            Runnable release = silent.hold();
            JsonObject form = new JsonObject();
            form.addProperty("kind", "mastodon");
            form.addProperty("name", "acme");
            form.addProperty("apiBaseUrl", silent.baseUrl().toString());
            form.addProperty("serviceDeskId", 1);
            form.addProperty("requestTypeId", 1);
            JsonObject credentials = new JsonObject();
            credentials.addProperty("accessToken", "token");
            form.add("credentials", credentials);

            // when
            Verification verification;
            try {
                verification = node.get(ChannelSetup.class).test(form);
            } finally {
                release.run();
            }

            // then: cut at the interactive budget (10 s), not the 30 s a job's call may take
            assertThat(verification).isInstanceOfSatisfying(Verification.Failed.class, failed -> {
                assertThat(failed.field()).isEqualTo("apiBaseUrl");
                assertThat(failed.message()).isEqualTo(
                        "timed out: no answer within the 10 s a person waits for this");
            });
        } finally {
            ao.dispose();
        }
    }
}
