package io.socialdesk.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.socialdesk.agent.ReplyLog;
import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.intake.PushedIntake;
import io.socialdesk.support.HubNotification;
import io.socialdesk.support.HubSignature;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Property-based fuzzing of what a caller of the WhatsApp webhook controls: an unsigned body never reaches the
 * intake or the reply log, whatever it says; a signed one of any shape is a value (received or not JSON), never an
 * exception that would become a 5xx.
 */
class WhatsAppWebhookFuzzTest {
    private static final String SECRET = "app-secret";
    private static final ChannelAccount NUMBER = new ChannelAccount(3, WhatsAppChannel.KIND, "WhatsApp",
            Optional.of(URI.create("https://graph.facebook.com")), new RequestTarget(1, 1), Optional.empty(),
            Optional.empty(), Optional.empty(), "intake", AccountHealth.fresh(Instant.EPOCH), Optional.empty());

    private final PushedIntake intake = mock(PushedIntake.class);
    private final ReplyLog replies = mock(ReplyLog.class);
    private final WhatsAppWebhooks webhooks;

    WhatsAppWebhookFuzzTest() {
        ChannelAccounts accounts = mock(ChannelAccounts.class);
        when(accounts.all()).thenReturn(List.of(NUMBER));
        CredentialStore credentials = mock(CredentialStore.class);
        when(credentials.credentials(3)).thenReturn(new Credentials(Map.of("phoneNumberId", "106540352242922",
                "accessToken", "t", "appSecret", SECRET, "webhookVerifyToken", "v", "businessAccountId", "1")));
        when(intake.accept(any(), any())).thenReturn(new PushedIntake.Outcome.Logged(1, Optional.empty(), false));
        webhooks = new WhatsAppWebhooks(accounts, credentials, intake, replies);
    }

    @Property(tries = 1000)
    void givenAnyBodyAndSignatureHeader_whenNotSignedWithTheSecret_thenRefusedAndNothingStored(
            @ForAll("notificationLike") String body, @ForAll @StringLength(max = 80) String header) {
        HubNotification.Outcome outcome = webhooks.notify(body.getBytes(StandardCharsets.UTF_8),
                Optional.of(header));

        assertThat(outcome).isEqualTo(HubNotification.Outcome.BAD_SIGNATURE);
        verify(intake, never()).accept(any(), any());
        verify(replies, never()).receipt(org.mockito.ArgumentMatchers.anyLong(), any());
    }

    @Property(tries = 1000)
    void givenAnySignedBody_whenNotified_thenItIsAValueNeverAnException(@ForAll("notificationLike") String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        HubNotification.Outcome outcome = webhooks.notify(bytes, Optional.of(HubSignature.header(SECRET, bytes)));

        assertThat(outcome).isIn(HubNotification.Outcome.RECEIVED, HubNotification.Outcome.NOT_JSON);
    }

    @Provide
    Arbitrary<String> notificationLike() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "'")
                        + "\""),
                Arbitraries.longs().map(Object::toString),
                Arbitraries.of("null", "true", "[]", "{}", "1e400", "-1", "\"106540352242922\"", "\"14155550100\"",
                        "\"wamid.x\"", "\"1764921600\"", "\"text\"", "\"image\"", "\"read\"", "\"failed\"",
                        "\"messages\"", "\"99999999999999999999999\""));
        Arbitrary<String> names = Arbitraries.of("id", "from", "timestamp", "type", "text", "body", "image",
                "caption", "status", "errors", "code", "context", "location", "latitude", "contacts", "wa_id",
                "profile", "name", "interactive", "button_reply", "title");
        Arbitrary<String> object = Arbitraries.maps(names, scalar).ofMaxSize(8).map(WhatsAppWebhookFuzzTest::object);
        Arbitrary<String> items = object.list().ofMaxSize(4).map(list -> "[" + String.join(",", list) + "]");
        Arbitrary<String> value = Arbitraries.of("messages", "statuses", "contacts").flatMap(key -> items.map(list ->
                "{\"metadata\":{\"phone_number_id\":\"106540352242922\"},\"" + key + "\":" + list + "}"));
        Arbitrary<String> shaped = value.map(v -> "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":"
                + "\"1\",\"changes\":[{\"field\":\"messages\",\"value\":" + v + "}]}]}");
        return Arbitraries.oneOf(shaped, Arbitraries.strings().ofMaxLength(300), object);
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }
}
