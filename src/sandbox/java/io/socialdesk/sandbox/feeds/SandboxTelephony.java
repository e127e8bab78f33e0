package io.socialdesk.sandbox.feeds;

import io.socialdesk.phone.SignedWebhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** A telephony system as SocialDesk sees one: it posts finished calls, signed, to the generic call webhook. */
public final class SandboxTelephony {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI webhook;
    private final byte[] secret;
    private final Clock clock;
    private int calls;

    public SandboxTelephony(URI sandboxBaseUrl, long lineId, String secret, Clock clock) {
        this.webhook = sandboxBaseUrl.resolve("rest/socialdesk/1.0/calls?line=" + lineId);
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Reports one finished inbound call; {@code extraJson} adds fields such as customerEmail. */
    public int call(String from, String status, Duration duration, String extraJson) {
        String body = "{\"callId\":\"sandbox-call-" + (++calls) + "-" + clock.millis() + "\",\"direction\":\"inbound\","
                + "\"from\":\"" + from + "\",\"to\":\"+1 800 555 0100\",\"startedAt\":\""
                + clock.instant().minus(duration) + "\",\"durationSeconds\":" + duration.toSeconds()
                + ",\"status\":\"" + status + "\"" + extraJson + "}";
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String signature = SignedWebhook.header(secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
        return LocalHttp.postWebhook(http, webhook, body, Map.of("X-SocialDesk-Timestamp", timestamp,
                "X-SocialDesk-Signature", signature));
    }
}
