package io.socialdesk.phone;

import io.socialdesk.web.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * DESIGN §5: a call that lands on no request has no issue to fire an event on, so it goes to the Automation for Jira
 * incoming webhook the admin configured on the phone line (a rule with "no issues from the webhook" reads it as
 * {@code {{webhookData}}}). The URL holds Automation's secret token, so it is stored with the line's secrets. Usually
 * it points at Jira itself, which is why private addresses are allowed here (only admins set it).
 */
@Component
public class AutomationWebhook {
    private static final Logger LOG = LoggerFactory.getLogger(AutomationWebhook.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Whether Automation took it; a failure is logged and the call stays in the history either way. */
    public boolean send(String url, Map<String, Object> payload) {
        Optional<URI> target = webUrl(url);
        if (target.isEmpty()) {
            LOG.warn("The phone line's automationWebhookUrl is not an http(s) URL; call event not sent");
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(target.get()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(payload), StandardCharsets.UTF_8)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                LOG.warn("Automation's incoming webhook answered HTTP {} to a call event", status);
            }
            return status / 100 == 2;
        } catch (IOException e) {
            LOG.warn("Automation's incoming webhook could not be reached: {}", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<URI> webUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
