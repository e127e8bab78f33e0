package io.socialdesk.webhook;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.admin.AccountActions;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.meta.MetaChannels;
import io.socialdesk.support.HubNotification;
import io.socialdesk.support.HubNotification.Outcome;
import io.socialdesk.support.HubSignature;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Meta's webhooks as a fast path: a signed notification that a Page or Instagram account has news makes that account
 * due for an immediate poll; new posts are not taken from the notification. Polling stays the source of truth, so a
 * Jira that Meta cannot reach loses nothing, and a forged or replayed notification can at most cause one poll. What no
 * poll can see is taken from a signed notification: a comment its author removed (withdrawn, as Meta's Platform Terms
 * require) or edited (its new words noted on the request), when SocialDesk has that comment on a request.
 * The verification handshake answers only a verify token an admin configured on such an account. The signature is
 * checked first, against every connected account's app secret, for every body: an unsigned caller learns nothing, and
 * a signed one gets the same answer whether the Page it names is connected or not, so the endpoint never tells which
 * Pages a company has connected.
 */
@Component
public class MetaWebhooks {
    private final ChannelAccounts accounts;
    private final CredentialStore credentials;
    private final AccountActions actions;
    private final MetaCommentChanges comments;

    @Inject
    public MetaWebhooks(ChannelAccounts accounts, CredentialStore credentials, AccountActions actions,
                        MetaCommentChanges comments) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.actions = actions;
        this.comments = comments;
    }

    /** Whether {@code token} is the webhook verify token of a connected Facebook or Instagram account. */
    public boolean verifies(String token) {
        return HubSignature.knownToken(metaAccounts().stream().map(a -> credentials.credentials(a.id()))
                .flatMap(c -> c.get("webhookVerifyToken").stream()), token);
    }

    /**
     * {@code signature}: the {@code X-Hub-Signature-256} header, {@code sha256=<hex HMAC of the body>}. Signed with a
     * connected account's app secret, the accounts it names (among those of that app) are due now; one naming none is
     * answered alike, so Meta stops retrying.
     */
    public Outcome notify(byte[] body, Optional<String> signature) {
        return switch (HubNotification.open(metaAccounts(), a -> credentials.credentials(a.id()).get("appSecret"),
                body, signature)) {
            case HubNotification.Refused<ChannelAccount> refused -> refused.outcome();
            case HubNotification.Opened<ChannelAccount> opened -> received(opened.signers(), opened.json());
        };
    }

    private Outcome received(List<ChannelAccount> signedFor, JsonObject json) {
        Set<String> ids = entryIds(json);
        List<ChannelAccount> named = signedFor.stream().filter(a -> {
            Credentials c = credentials.credentials(a.id());
            return c.get("pageId").filter(ids::contains).isPresent()
                    || c.get("igUserId").filter(ids::contains).isPresent();
        }).toList();
        named.forEach(account -> actions.pollNow(account.id()));
        named.forEach(account -> comments.apply(account, json));
        return Outcome.RECEIVED;
    }

    private List<ChannelAccount> metaAccounts() {
        return accounts.all().stream().filter(a -> a.kind().equals(MetaChannels.FACEBOOK)
                || a.kind().equals(MetaChannels.INSTAGRAM)).toList();
    }

    private static Set<String> entryIds(JsonObject json) {
        Set<String> ids = new HashSet<>();
        if (json.has("entry") && json.get("entry").isJsonArray()) {
            for (JsonElement entry : json.getAsJsonArray("entry")) {
                if (entry.isJsonObject() && entry.getAsJsonObject().has("id")
                        && entry.getAsJsonObject().get("id").isJsonPrimitive()) {
                    ids.add(entry.getAsJsonObject().get("id").getAsString());
                }
            }
        }
        return ids;
    }
}
