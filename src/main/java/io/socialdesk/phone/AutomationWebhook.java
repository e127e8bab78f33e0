package io.socialdesk.phone;

import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.web.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts a call event to the Automation for Jira incoming webhook the admin configured on a phone line (a rule with
 * "no issues from the webhook" reads it as {@code {{webhookData}}}). The URL holds Automation's secret token, so it is
 * stored with the line's secrets. It usually points at Jira itself, often on a private address, which is why any host
 * is allowed here (only admins set it); redirects are still never followed.
 */
@Component
public class AutomationWebhook implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(AutomationWebhook.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpEdge edge = new HttpEdge(TIMEOUT, TIMEOUT, AddressGuard.ANY_HOST);

    /** The plugin is disabled: the connection to Automation closes with it. */
    @Override
    public void destroy() {
        edge.close();
    }

    /** Whether Automation took it; a failure is logged and the call stays in the history either way. */
    public boolean send(String url, Map<String, Object> payload) {
        Optional<URI> target = webUrl(url);
        if (target.isEmpty()) {
            LOG.warn("The phone line's automationWebhookUrl is not an http(s) URL; call event not sent");
            return false;
        }
        Exchange exchange = edge.send(HttpRequest.newBuilder(target.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(payload), StandardCharsets.UTF_8)));
        return switch (exchange) {
            case Exchange.Answer answer when answer.ok() -> true;
            case Exchange.Answer answer -> {
                LOG.warn("Automation's incoming webhook answered HTTP {} to a call event", answer.status());
                yield false;
            }
            case Exchange.Failed failed -> {
                LOG.warn("Automation's incoming webhook was not reached: {}", failed.detail());
                yield false;
            }
        };
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
