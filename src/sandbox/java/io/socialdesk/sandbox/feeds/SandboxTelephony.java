package io.socialdesk.sandbox.feeds;

import io.socialdesk.phone.SignedWebhook;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

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
        HttpRequest request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                .header("X-SocialDesk-Timestamp", timestamp)
                .header("X-SocialDesk-Signature", SignedWebhook.header(secret, timestamp,
                        body.getBytes(StandardCharsets.UTF_8)))
                .header("Cookie", "sandbox-user=anonymous")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
