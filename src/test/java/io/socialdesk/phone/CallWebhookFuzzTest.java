package io.socialdesk.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Property-based fuzzing of everything an anonymous caller of the call webhooks controls. */
class CallWebhookFuzzTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_790_000_000L);
    private final CallJson json = new CallJson(new PhoneNumbers("US"));
    private final TwilioCallback twilio = new TwilioCallback(new PhoneNumbers("DE"));

    @Property(tries = 1000)
    void givenAnyText_whenParsedAsACall_thenItIsAValueNeverAnException(@ForAll @StringLength(max = 400) String body) {
        assertThat(json.parse(body, NOW)).isNotNull();
    }

    @Property(tries = 1000)
    void givenJsonShapedNoise_whenParsedAsACall_thenInvalidOnesNameAField(@ForAll("callLike") String body) {
        ParsedCall parsed = json.parse(body, NOW);
        if (parsed instanceof ParsedCall.Invalid invalid) {
            assertThat(invalid.field()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void givenAnyParameters_whenParsedAsATwilioCallback_thenItIsAValue(
            @ForAll("twilioParams") Map<String, String> params) {
        assertThat(twilio.parse(params, NOW)).isNotNull();
    }

    @Property(tries = 1000)
    void givenAnyHeaders_whenVerifying_thenNoForgeryIsEverValid(@ForAll @StringLength(max = 40) String timestamp,
                                                               @ForAll @StringLength(max = 90) String signature,
                                                               @ForAll @StringLength(max = 200) String body) {
        SignedWebhook.Verdict verdict = SignedWebhook.verify("secret".getBytes(StandardCharsets.UTF_8),
                Optional.of(timestamp), Optional.of(signature), body.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(verdict).isNotEqualTo(SignedWebhook.Verdict.VALID);
        assertThat(TwilioSignature.valid("token", "https://jira.example/rest/socialdesk/1.0/calls/twilio",
                Map.of("Body", body), Optional.of(signature))).isFalse();
    }

    @Provide
    Arbitrary<String> callLike() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "'") + "\""),
                Arbitraries.longs().map(Object::toString), Arbitraries.of("null", "true", "[]", "{}", "1e400",
                        "\"+14155550100\"", "\"2026-11-22T10:00:00Z\"", "\"inbound\"", "\"missed\"", "-0.5"));
        Arbitrary<String> names = Arbitraries.of("callId", "direction", "from", "to", "startedAt", "endedAt",
                "durationSeconds", "status", "agent", "queue", "recordingUrl", "customerEmail", "callerName", "x");
        return Arbitraries.maps(names, values).ofMaxSize(14).map(fields -> {
            StringBuilder object = new StringBuilder("{");
            fields.forEach((k, v) -> object.append(object.length() > 1 ? "," : "").append('"').append(k)
                    .append("\":").append(v));
            return object.append('}').toString();
        });
    }

    @Provide
    Arbitrary<Map<String, String>> twilioParams() {
        Arbitrary<String> names = Arbitraries.of("CallSid", "CallStatus", "From", "To", "Direction", "CallDuration",
                "Timestamp", "RecordingUrl", "CallerName", "Other");
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("completed", "no-answer", "busy", "ringing", "+14155550100", "030 901820",
                        "99999999999999999999", "-5", "Sun, 22 Nov 2026 10:03:05 +0000", "https://r.example/a"));
        return Arbitraries.maps(names, values).ofMaxSize(10);
    }
}
