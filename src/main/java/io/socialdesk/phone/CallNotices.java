package io.socialdesk.phone;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.intake.ContactNotices;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.intake.RouteOutcome;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A call that lands on no request has no issue to fire an event on, so it is told to the Automation for Jira incoming
 * webhook the admin configured on the phone line (a rule with "no issues from the webhook" reads it as
 * {@code {{webhookData}}}). Sent by the intake job after the telephony system got its answer, at most
 * {@value #MAX_ATTEMPTS} times across runs, then given up with a warning; the call stays in the history either way.
 */
@Component
public class CallNotices implements ContactNotices {
    static final String AUTOMATION_WEBHOOK_URL = "automationWebhookUrl";
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(CallNotices.class);

    private final CallLog calls;
    private final InteractionLog log;
    private final CredentialStore credentials;
    private final AutomationWebhook webhook;

    @Inject
    public CallNotices(CallLog calls, InteractionLog log, CredentialStore credentials, AutomationWebhook webhook) {
        this.calls = calls;
        this.log = log;
        this.credentials = credentials;
        this.webhook = webhook;
    }

    @Override
    public boolean owed(ChannelAccount account, Interaction interaction) {
        return account.kind().equals(ChannelKind.PHONE)
                && interaction.outcome().filter(RouteOutcome.HISTORY_ONLY::equals).isPresent()
                && credentials.names(account.id()).contains(AUTOMATION_WEBHOOK_URL);
    }

    @Override
    public void sendOwed(ChannelAccount line) {
        if (!line.kind().equals(ChannelKind.PHONE)) {
            return;
        }
        Optional<String> url = credentials.names(line.id()).contains(AUTOMATION_WEBHOOK_URL)
                ? credentials.credentials(line.id()).get(AUTOMATION_WEBHOOK_URL) : Optional.empty();
        for (CallLog.OwedNotice notice : calls.owedNotices(line.id(), BATCH)) {
            if (url.isEmpty() || webhook.send(url.get(), payload(line, notice))) {
                log.markPublished(notice.interactionId()); // sent, or nobody to tell any more
            } else if (log.noticeFailed(notice.interactionId()) >= MAX_ATTEMPTS) {
                LOG.warn("Phone line {}: Automation's incoming webhook refused call {} {} times; giving up (the call "
                        + "is in the customer's history)", line.id(), notice.callId(), MAX_ATTEMPTS);
                log.markPublished(notice.interactionId());
            }
        }
    }

    private static Map<String, Object> payload(ChannelAccount line, CallLog.OwedNotice notice) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", "call_logged");
        payload.put("channel", "phone");
        payload.put("line", line.name());
        payload.put("callId", notice.callId());
        payload.put("direction", notice.direction().name().toLowerCase(Locale.ROOT));
        payload.put("customerNumber", notice.customerNumber());
        payload.put("disposition", notice.disposition().name().toLowerCase(Locale.ROOT));
        payload.put("durationSeconds", notice.duration().toSeconds());
        payload.put("startedAt", notice.startedAt().toString());
        payload.put("contactId", notice.contactId());
        return payload;
    }
}
