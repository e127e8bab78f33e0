package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a customer attached reaches the request and the panel, end to end from the fake Mastodon. */
class MediaSandboxTest {
    private static final FakeMastodon.Account KIM = new FakeMastodon.Account("4401", "kim", "Kim Photo", 80);

    @RegisterExtension
    final RunningSandbox running = RunningSandbox.polling();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    @BeforeEach
    void names() {
        sandbox = running.server();
        feeds = running.feeds();
    }

    @Test
    void givenAPostWithTwoImages_whenItBecomesARequest_thenTheRequestAndThePanelListBothWithTheirDescriptions()
            throws Exception {
        // when
        String status = feeds.mastodon().postWithImages(KIM, "parcel 30917 arrived like this", "Box crushed",
                "Broken mug inside");
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.summary().contains("30917")));
        SimulatedJsm.Request request = sandbox.jsm().requests().stream().filter(r -> r.summary().contains("30917"))
                .findFirst().orElseThrow();

        // then
        String media = feeds.mastodon().baseUrl().resolve("/media/").toString();
        assertThat(request.description()).contains("Attached:\n!mastodon-" + status + "-1.png|thumbnail! [Image 1|"
                + media + status + "-0.png] — Box crushed\n!mastodon-" + status + "-2.png|thumbnail! [Image 2|" + media
                + status + "-1.png] — Broken mug inside");
        assertThat(sandbox.jsm().attachments(request.id())).extracting(SimulatedJsm.Attachment::filename,
                SimulatedJsm.Attachment::mimetype).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mastodon-" + status + "-1.png", "image/png"),
                org.assertj.core.groups.Tuple.tuple("mastodon-" + status + "-2.png", "image/png"));
        JsonArray entries = history(request.key()).getAsJsonArray("entries");
        JsonArray shown = entries.get(0).getAsJsonObject().getAsJsonArray("media");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).getAsJsonObject().get("alt").getAsString()).isEqualTo("Broken mug inside");
        assertThat(shown.get(0).getAsJsonObject().get("kind").getAsString()).isEqualTo("image");
        JsonArray files = entries.get(0).getAsJsonObject().getAsJsonArray("files");
        assertThat(files).hasSize(2);
        JsonObject first = files.get(0).getAsJsonObject();
        assertThat(first.get("name").getAsString()).isEqualTo("mastodon-" + status + "-1.png");
        assertThat(first.get("type").getAsString()).isEqualTo("image/png");
        assertThat(first.get("path").getAsString()).isEqualTo("/secure/attachment/" + first.get("id").getAsLong()
                + "/mastodon-" + status + "-1.png");
    }

    @Test
    void givenTheNodeStopsWhileStoringThePhotos_whenTheJobRunsAgain_thenOneRequestHasEachPhotoOnce()
            throws Exception {
        // given: the first attempt dies storing the second photo, after the request and the first photo were written
        sandbox.jsm().failAttachmentAfter(1);
        String status = feeds.mastodon().postWithImages(KIM, "order 55120 wrong colour", "Blue, not red",
                "The label");

        // when
        await(() -> sandbox.jsm().requests().stream().filter(r -> r.summary().contains("55120"))
                .anyMatch(r -> sandbox.jsm().attachments(r.id()).size() == 2));

        // then
        java.util.List<SimulatedJsm.Request> requests = sandbox.jsm().requests().stream()
                .filter(r -> r.summary().contains("55120")).toList();
        assertThat(requests).hasSize(1);
        assertThat(sandbox.jsm().attachments(requests.get(0).id())).extracting(SimulatedJsm.Attachment::filename)
                .containsExactly("mastodon-" + status + "-1.png", "mastodon-" + status + "-2.png");
        assertThat(sandbox.jsm().failedAttachments()).isEqualTo(1);
    }

    @Test
    void givenAPostWithPhotos_whenAnAdminExportsAndThenErasesItsAuthor_thenTheExportListsTheFilesAndErasureRemovesThem()
            throws Exception {
        // given
        String status = feeds.mastodon().postWithImages(KIM, "parcel 61200 soaked", "Wet box", "Wet label");
        await(() -> sandbox.jsm().requests().stream().filter(r -> r.summary().contains("61200"))
                .anyMatch(r -> sandbox.jsm().attachments(r.id()).size() == 2));
        SimulatedJsm.Request request = sandbox.jsm().requests().stream().filter(r -> r.summary().contains("61200"))
                .findFirst().orElseThrow();
        long contact = history(request.key()).getAsJsonObject("contact").get("id").getAsLong();

        // when
        HttpResponse<String> export = running.api("alice", "GET", "admin/contacts/" + contact + "/export", null);
        HttpResponse<String> erased = running.api("alice", "DELETE", "admin/contacts/" + contact, "");

        // then: the export names the files on the request; erasure removes them and says so
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonArray files = JsonParser.parseString(export.body()).getAsJsonObject().getAsJsonArray("interactions")
                .get(0).getAsJsonObject().getAsJsonArray("attachments");
        assertThat(files).extracting(f -> f.getAsJsonObject().get("name").getAsString())
                .containsExactly("mastodon-" + status + "-1.png", "mastodon-" + status + "-2.png");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(JsonParser.parseString(erased.body()).getAsJsonObject().get("attachmentsRemoved").getAsInt())
                .isEqualTo(2);
        assertThat(sandbox.jsm().attachments(request.id())).isEmpty();
    }

    private JsonObject history(String key) throws Exception {
        HttpResponse<String> response = running.api("alice", "GET", "history/" + key, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
