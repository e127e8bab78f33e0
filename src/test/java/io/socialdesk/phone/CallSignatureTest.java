package io.socialdesk.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallSignatureTest {
    private static final byte[] SECRET = "whsec-test".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(1_790_000_000L);
    private static final byte[] BODY = "{\"callId\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void givenTheSendersSignature_whenVerifying_thenItIsValidWithinFiveMinutesOnly() {
        // given
        String timestamp = Long.toString(NOW.getEpochSecond() - 299);
        String signature = SignedWebhook.header(SECRET, timestamp, BODY);

        // when / then
        assertThat(SignedWebhook.verify(SECRET, Optional.of(timestamp), Optional.of(signature), BODY, NOW))
                .isEqualTo(SignedWebhook.Verdict.VALID);
        assertThat(SignedWebhook.verify(SECRET, Optional.of(timestamp), Optional.of(signature), BODY,
                NOW.plusSeconds(2))).isEqualTo(SignedWebhook.Verdict.EXPIRED);
    }

    @Test
    void givenATimestampWhoseDistanceToNowOverflows_whenVerifying_thenItIsExpired() {
        // given: now - timestamp == Long.MIN_VALUE, whose absolute value is negative
        String timestamp = Long.toString(NOW.getEpochSecond() + Long.MIN_VALUE);
        String signature = SignedWebhook.header(SECRET, timestamp, BODY);

        // when / then
        assertThat(SignedWebhook.verify(SECRET, Optional.of(timestamp), Optional.of(signature), BODY, NOW))
                .isEqualTo(SignedWebhook.Verdict.EXPIRED);
        assertThat(SignedWebhook.verify(SECRET, Optional.of(Long.toString(Long.MAX_VALUE)), Optional.of(signature),
                BODY, NOW)).isEqualTo(SignedWebhook.Verdict.EXPIRED);
    }

    @Test
    void givenAChangedBodyTimestampOrSecret_whenVerifying_thenItIsWrong() {
        // given
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signature = SignedWebhook.header(SECRET, timestamp, BODY);

        // when / then
        assertThat(SignedWebhook.verify(SECRET, Optional.of(timestamp), Optional.of(signature),
                "{\"callId\":\"c-2\"}".getBytes(StandardCharsets.UTF_8), NOW)).isEqualTo(SignedWebhook.Verdict.WRONG);
        assertThat(SignedWebhook.verify(SECRET, Optional.of(Long.toString(NOW.getEpochSecond() - 1)),
                Optional.of(signature), BODY, NOW)).isEqualTo(SignedWebhook.Verdict.WRONG);
        assertThat(SignedWebhook.verify("other".getBytes(StandardCharsets.UTF_8), Optional.of(timestamp),
                Optional.of(signature), BODY, NOW)).isEqualTo(SignedWebhook.Verdict.WRONG);
        assertThat(SignedWebhook.verify(SECRET, Optional.of(timestamp), Optional.empty(), BODY, NOW))
                .isEqualTo(SignedWebhook.Verdict.MISSING);
        assertThat(SignedWebhook.verify(new byte[0], Optional.of(timestamp), Optional.of(signature), BODY, NOW))
                .as("a line without a secret accepts nothing").isEqualTo(SignedWebhook.Verdict.MISSING);
    }

    @Test
    void givenTwilioDocumentationExample_whenComputing_thenTheSignatureMatchesTwilios() {
        // given: the example of Twilio's "Webhooks security" page
        Map<String, String> params = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030",
                "Digits", "1234", "From", "+12349013030", "To", "+18005551212");

        // when
        String signature = TwilioSignature.compute("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", params);

        // then
        assertThat(signature).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(TwilioSignature.valid("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", params,
                Optional.of(signature))).isTrue();
        assertThat(TwilioSignature.valid("12345", "https://mycompany.com/myapp.php?foo=1&bar=3", params,
                Optional.of(signature))).isFalse();
    }
}
