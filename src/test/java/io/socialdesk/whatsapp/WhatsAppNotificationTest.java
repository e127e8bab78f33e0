package io.socialdesk.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.socialdesk.channel.DeliveryReceipt;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.PostKind;
import io.socialdesk.testing.FakeHttpServer;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Webhook notifications in the Cloud API's published shapes, read as posts and delivery receipts. */
class WhatsAppNotificationTest {
    private static final URI API = URI.create("https://graph.facebook.com");

    @Test
    void givenEveryMessageType_whenRead_thenEachIsAPostAnAgentCanRead() {
        // when
        WhatsAppNotification read = read("whatsapp/messages-every-type.json");

        // then
        assertThat(read.changes()).singleElement().satisfies(change -> {
            assertThat(change.phoneNumberId()).isEqualTo("106540352242922");
            assertThat(change.unreadable()).isZero();
            assertThat(change.messages()).extracting(InboundPost::text).containsExactly(
                    "Where is order #4711?",
                    "[photo] The box",
                    "[voice message]",
                    "[document: invoice-8812.pdf] my invoice",
                    "[location] Parcel shop, Main St 1, Berlin (52.5200, 13.4050)",
                    "[contact] Bob Neighbour: +49 30 1234567",
                    "[chose] Send it again",
                    "[chose] Refund (Money back)",
                    "[chose] Yes, call me",
                    "[sticker]",
                    "[reacted \uD83D\uDC4D]",
                    "[unsupported message SocialDesk cannot show: Message type unknown]");
            InboundPost first = change.messages().get(0);
            assertThat(first.externalId()).isEqualTo("wamid.text1");
            assertThat(first.kind()).isEqualTo(PostKind.DIRECT_MESSAGE);
            assertThat(first.author().externalUserId()).isEqualTo("+14155550100");
            assertThat(first.author().displayName()).isEqualTo("Jane Customer");
            assertThat(first.occurredAt()).isEqualTo(Instant.ofEpochSecond(1764921600));
            assertThat(first.conversationId()).contains("whatsapp:14155550100");
            assertThat(change.messages().get(6).inReplyTo()).contains("wamid.OUT7");
        });
        InboundPost photo = read.changes().get(0).messages().get(1);
        assertThat(photo.media()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Media.Kind.IMAGE);
            assertThat(m.url()).isEqualTo(URI.create("https://graph.facebook.com/v23.0/1479537139650973"));
            assertThat(m.altText()).isEqualTo("The box");
        });
        assertThat(read.changes().get(0).messages().get(2).media()).extracting(Media::kind)
                .containsExactly(Media.Kind.AUDIO);
        assertThat(read.changes().get(0).messages().get(3).media()).as("a document is named, not attached").isEmpty();
    }

    @Test
    void givenStatusesOutOfOrderAndAFailure_whenRead_thenReceiptsInTheirOrderWithTheReasonAndTheBrokenOneCounted() {
        // when
        WhatsAppNotification read = read("whatsapp/statuses-out-of-order.json");

        // then
        assertThat(read.changes()).singleElement().satisfies(change -> {
            assertThat(change.receipts()).extracting(DeliveryReceipt::state).containsExactly(
                    DeliveryReceipt.State.READ, DeliveryReceipt.State.SENT, DeliveryReceipt.State.DELIVERED,
                    DeliveryReceipt.State.FAILED);
            assertThat(change.receipts().get(3).failure()).hasValueSatisfying(f -> assertThat(f)
                    .contains("could not deliver").contains("131026"));
            assertThat(change.unreadable()).isEqualTo(1);
        });
    }

    @Test
    void givenMessagesWithoutIdSenderOrTime_whenRead_thenTheyAreCountedUnreadableAndOthersKept() {
        // given
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[
                 {"field":"message_template_status_update","value":{"event":"APPROVED"}},
                 {"field":"messages","value":{"metadata":{"phone_number_id":"42"},"messages":[
                  {"from":"14155550100","timestamp":"1764921600","type":"text","text":{"body":"no id"}},
                  {"id":"wamid.a","timestamp":"1764921600","type":"text","text":{"body":"no sender"}},
                  {"id":"wamid.b","from":"14155550100","timestamp":"yesterday","type":"text","text":{"body":"bad time"}},
                  {"id":"wamid.c","from":"14155550100","timestamp":"1764921600","type":"text","text":{"body":"fine"}},
                  "not an object", 7]}}]}]}""";

        // when
        WhatsAppNotification read = WhatsAppNotification.read(JsonParser.parseString(body).getAsJsonObject(),
                number -> Optional.of(API));

        // then
        assertThat(read.changes()).singleElement().satisfies(change -> {
            assertThat(change.messages()).extracting(InboundPost::text).containsExactly("fine");
            assertThat(change.unreadable()).isEqualTo(3);
        });
    }

    private static WhatsAppNotification read(String fixture) {
        return WhatsAppNotification.read(JsonParser.parseString(FakeHttpServer.fixture(fixture)).getAsJsonObject(),
                number -> Optional.of(API));
    }
}
