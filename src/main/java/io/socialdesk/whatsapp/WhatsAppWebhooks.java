package io.socialdesk.whatsapp;

import com.google.gson.JsonObject;
import io.socialdesk.agent.ReplyLog;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.DeliveryReceipt;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.intake.Pushed;
import io.socialdesk.intake.PushedIntake;
import io.socialdesk.support.HubNotification;
import io.socialdesk.support.HubNotification.Outcome;
import io.socialdesk.support.HubSignature;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WhatsApp's webhook: the only way its messages arrive. The signature ({@code X-Hub-Signature-256}, the Meta app's
 * secret) is checked first, against every connected WhatsApp number's app secret, for every body; an unsigned caller
 * learns nothing and nothing it sent is stored. A signed notification's messages for a connected, enabled number go
 * through the pushed intake (recorded once by message id, so Meta's retries and duplicate deliveries change nothing,
 * then routed like any post); its statuses update our replies' delivery. A message the database could not store is
 * answered busy, so Meta delivers it again.
 */
@Component
public class WhatsAppWebhooks {
    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWebhooks.class);

    private final ChannelAccounts accounts;
    private final CredentialStore credentials;
    private final PushedIntake intake;
    private final ReplyLog replies;

    @Inject
    public WhatsAppWebhooks(ChannelAccounts accounts, CredentialStore credentials, PushedIntake intake,
                            ReplyLog replies) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.intake = intake;
        this.replies = replies;
    }

    /** Whether {@code token} is the verify token of a connected WhatsApp number (Meta's handshake). */
    public boolean verifies(String token) {
        return HubSignature.knownToken(numbers().stream().map(a -> credentials.credentials(a.id()))
                .flatMap(c -> c.get(WhatsAppChannel.VERIFY_TOKEN).stream()), token);
    }

    /** {@code signature}: the {@code X-Hub-Signature-256} header, {@code sha256=<hex HMAC of the body>}. */
    public Outcome notify(byte[] body, Optional<String> signature) {
        return switch (HubNotification.open(numbers(),
                a -> credentials.credentials(a.id()).get(WhatsAppChannel.APP_SECRET), body, signature)) {
            case HubNotification.Refused<ChannelAccount> refused -> refused.outcome();
            case HubNotification.Opened<ChannelAccount> opened -> received(opened.signers(), opened.json());
        };
    }

    private Outcome received(List<ChannelAccount> signedFor, JsonObject json) {
        // one app may serve several numbers: each change is for the number it names, if that number is ours
        Map<String, ChannelAccount> byNumber = signedFor.stream()
                .filter(a -> a.health().status() != AccountStatus.DISABLED)
                .flatMap(a -> credentials.credentials(a.id()).get(WhatsAppChannel.PHONE_NUMBER_ID)
                        .map(number -> Map.entry(number, a)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Function<String, Optional<java.net.URI>> api = number -> Optional.ofNullable(byNumber.get(number))
                .flatMap(ChannelAccount::apiBaseUrl);
        Outcome outcome = Outcome.RECEIVED;
        for (WhatsAppNotification.Change change : WhatsAppNotification.read(json, api).changes()) {
            ChannelAccount account = byNumber.get(change.phoneNumberId());
            if (account == null) {
                continue; // a number of the same app that is not connected here, or disabled
            }
            if (change.unreadable() > 0) {
                LOG.warn("WhatsApp number {} (account {}): {} item(s) of a notification could not be read and were "
                        + "passed over", change.phoneNumberId(), account.id(), change.unreadable());
            }
            for (InboundPost message : change.messages()) {
                if (intake.accept(account, Pushed.message(message)) instanceof PushedIntake.Outcome.Busy) {
                    outcome = Outcome.BUSY;
                }
            }
            for (DeliveryReceipt receipt : change.receipts()) {
                replies.receipt(account.id(), receipt);
            }
        }
        return outcome;
    }

    private List<ChannelAccount> numbers() {
        return accounts.all().stream().filter(a -> a.kind().equals(WhatsAppChannel.KIND)).toList();
    }
}
