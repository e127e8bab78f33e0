package io.socialdesk.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.intake.Direction;
import io.socialdesk.channel.CallDisposition;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallJsonTest {
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-22T12:00:00Z");
    private final CallJson json = new CallJson(new PhoneNumbers("US"));

    @Test
    void givenAFullInboundCall_whenParsing_thenNumbersAreE164AndTheCustomerIsTheCaller() {
        // when
        ParsedCall parsed = json.parse("""
                {"callId":"c-1","direction":"inbound","from":"(415) 555-0100","to":"+49 30 901820",
                 "startedAt":"2026-11-22T10:00:00Z","endedAt":"2026-11-22T10:03:05Z","status":"answered",
                 "agent":"bob","queue":"Billing","recordingUrl":"https://rec.example/c-1.mp3",
                 "customerEmail":"dana@customer.example","callerName":"Dana"}""", NOW);

        // then
        assertThat(parsed).isEqualTo(new ParsedCall.Valid(new CallReport("c-1", Direction.INBOUND,
                "+14155550100", "+4930901820", Instant.parse("2026-11-22T10:00:00Z"), Duration.ofSeconds(185),
                CallDisposition.ANSWERED, Optional.of("bob"), Optional.of("Billing"),
                Optional.of(URI.create("https://rec.example/c-1.mp3")), Optional.of("dana@customer.example"),
                Optional.of("Dana"))));
    }

    @Test
    void givenAnOutboundCall_whenParsing_thenTheCustomerIsTheCallee() {
        // when
        CallReport call = ((ParsedCall.Valid) json.parse("""
                {"callId":"c-2","direction":"OUTBOUND","from":"+4930901820","to":"+1 415 555 0100",
                 "startedAt":"2026-11-22T10:00:00+01:00","durationSeconds":42,"status":"answered"}""", NOW)).call();

        // then
        assertThat(call.customerNumber()).isEqualTo("+14155550100");
        assertThat(call.lineNumber()).isEqualTo("+4930901820");
        assertThat(call.duration()).isEqualTo(Duration.ofSeconds(42));
        assertThat(call.startedAt()).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1,2]|body",
        "{\"callId\":\"c\"|body",
        "{}|callId",
        "{\"callId\":\"c\",\"direction\":\"sideways\"}|direction",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"call me\"}|from",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"1\"}|to",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"yesterday\"}|startedAt",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"durationSeconds\":-1}|durationSeconds",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"durationSeconds\":1.5}|durationSeconds",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"endedAt\":\"2026-11-22T09:00:00Z\"}|endedAt",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"lost\"}|status",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\",\"recordingUrl\":\"javascript:alert(1)\"}|recordingUrl",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\",\"customerEmail\":\"nobody\"}|customerEmail",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\",\"agent\":42}|agent",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\",\"agent\":\"bo\\u0000b\"}|agent",
        "{\"callId\":\"c\\u0007\",\"direction\":\"inbound\"}|callId",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\",\"callerName\":\"\ud800x\"}|callerName",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\",\"queue\":\"qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\"}|queue",
        "{\"callId\":\"c\",\"direction\":\"inbound\",\"from\":\"+14155550100\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-24T10:00:00Z\",\"status\":\"missed\"}|startedAt"})
    void givenABrokenField_whenParsing_thenTheProblemNamesIt(String body, String field) {
        // when
        ParsedCall parsed = json.parse(body, NOW);

        // then
        assertThat(parsed).isInstanceOfSatisfying(ParsedCall.Invalid.class,
                invalid -> assertThat(invalid.field()).isEqualTo(field));
    }

    @Test
    void givenTwilioStatuses_whenParsing_thenOnlyFinalOnesAreCallsAndNoAnswerIsMissed() {
        // given
        TwilioCallback twilio = new TwilioCallback(new PhoneNumbers("US"));
        Map<String, String> base = Map.of("CallSid", "CA1", "From", "+14155550100", "To", "+14155550199",
                "Direction", "inbound", "Timestamp", "Sun, 22 Nov 2026 10:03:05 +0000", "CallDuration", "185");

        // when / then
        assertThat(twilio.parse(with(base, "CallStatus", "ringing"), Instant.EPOCH))
                .isEqualTo(new ParsedCall.NotFinal("ringing"));
        CallReport answered = ((ParsedCall.Valid) twilio.parse(with(base, "CallStatus", "completed"), Instant.EPOCH))
                .call();
        assertThat(answered.disposition()).isEqualTo(CallDisposition.ANSWERED);
        assertThat(answered.startedAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(((ParsedCall.Valid) twilio.parse(with(base, "CallStatus", "no-answer"), Instant.EPOCH)).call()
                .disposition()).isEqualTo(CallDisposition.MISSED);
        assertThat(twilio.parse(with(base, "CallStatus", "exploded"), Instant.EPOCH))
                .isEqualTo(new ParsedCall.Invalid("CallStatus", "is not a Twilio call status"));
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> params = new java.util.HashMap<>(base);
        params.put(name, value);
        return params;
    }
}
