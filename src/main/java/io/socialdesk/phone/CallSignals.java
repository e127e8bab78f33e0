package io.socialdesk.phone;

import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.intake.SignalPublisher;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What Automation hears of a call: on a request, the issue property and "call logged" event like any contact; on no
 * request, the line's Automation incoming webhook, if the admin set one.
 */
@Component
public class CallSignals {
    private final SignalPublisher publisher;
    private final CredentialStore credentials;
    private final AutomationWebhook webhook;

    @Inject
    public CallSignals(SignalPublisher publisher, CredentialStore credentials, AutomationWebhook webhook) {
        this.publisher = publisher;
        this.credentials = credentials;
        this.webhook = webhook;
    }

    void onRequests(ChannelAccount line) {
        publisher.publishRouted(line);
    }

    void withoutRequest(ChannelAccount line, CallReport call, long contactId) {
        credentials.credentials(line.id()).get("automationWebhookUrl").ifPresent(url -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("event", SocialEventType.CALL_LOGGED.name().toLowerCase(java.util.Locale.ROOT));
            payload.put("channel", "phone");
            payload.put("line", line.name());
            payload.put("callId", call.callId());
            payload.put("direction", call.direction().name().toLowerCase(java.util.Locale.ROOT));
            payload.put("customerNumber", call.customerNumber());
            payload.put("disposition", call.disposition().name().toLowerCase(java.util.Locale.ROOT));
            payload.put("durationSeconds", call.duration().toSeconds());
            payload.put("startedAt", call.startedAt().toString());
            payload.put("contactId", contactId);
            webhook.send(url, payload);
        });
    }
}
