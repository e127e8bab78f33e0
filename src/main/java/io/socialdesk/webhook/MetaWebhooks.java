package io.socialdesk.webhook;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.socialdesk.admin.AccountActions;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.meta.MetaChannels;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Meta's webhooks as a fast path only: a signed notification that a Page or Instagram account has news makes that
 * account due for an immediate poll; what the notification says is not taken in. Polling stays the source of truth, so
 * a Jira that Meta cannot reach loses nothing, and a forged or replayed notification can at most cause one poll.
 * The verification handshake answers only a verify token an admin configured on such an account.
 */
@Component
public class MetaWebhooks {
    /** What a notification led to. */
    public enum Outcome {
        /** Signed by a connected account's app secret: those accounts are due now. */
        POLLED,
        /** About no connected account (an unsubscribed Page): nothing to do, answered 200 so Meta stops retrying. */
        UNKNOWN,
        /** Not signed with the app secret of the accounts it names. */
        BAD_SIGNATURE
    }

    private final ChannelAccounts accounts;
    private final CredentialStore credentials;
    private final AccountActions actions;

    @Inject
    public MetaWebhooks(ChannelAccounts accounts, CredentialStore credentials, AccountActions actions) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.actions = actions;
    }

    /** Whether {@code token} is the webhook verify token of a connected Facebook or Instagram account. */
    public boolean verifies(String token) {
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        return !token.isBlank() && metaAccounts().stream().map(a -> credentials.credentials(a.id()))
                .flatMap(c -> c.get("webhookVerifyToken").stream())
                .anyMatch(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), given));
    }

    /** {@code signature}: the {@code X-Hub-Signature-256} header, {@code sha256=<hex HMAC of the body>}. */
    public Outcome notify(byte[] body, Optional<String> signature) {
        Set<String> ids = entryIds(body);
        List<ChannelAccount> named = metaAccounts().stream().filter(a -> {
            Credentials c = credentials.credentials(a.id());
            return c.get("pageId").filter(ids::contains).isPresent()
                    || c.get("igUserId").filter(ids::contains).isPresent();
        }).toList();
        if (named.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        List<ChannelAccount> signed = named.stream().filter(a -> credentials.credentials(a.id()).get("appSecret")
                .filter(secret -> signature.filter(s -> matches(secret, body, s)).isPresent()).isPresent()).toList();
        if (signed.isEmpty()) {
            return Outcome.BAD_SIGNATURE;
        }
        signed.forEach(account -> actions.pollNow(account.id()));
        return Outcome.POLLED;
    }

    private List<ChannelAccount> metaAccounts() {
        return accounts.all().stream().filter(a -> a.kind().equals(MetaChannels.FACEBOOK)
                || a.kind().equals(MetaChannels.INSTAGRAM)).toList();
    }

    private static Set<String> entryIds(byte[] body) {
        Set<String> ids = new HashSet<>();
        try {
            JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (json.isJsonObject() && json.getAsJsonObject().has("entry")
                    && json.getAsJsonObject().get("entry").isJsonArray()) {
                for (JsonElement entry : json.getAsJsonObject().getAsJsonArray("entry")) {
                    if (entry.isJsonObject() && entry.getAsJsonObject().has("id")
                            && entry.getAsJsonObject().get("id").isJsonPrimitive()) {
                        ids.add(entry.getAsJsonObject().get("id").getAsString());
                    }
                }
            }
        } catch (JsonParseException e) {
            return ids; // not Meta's shape: names no account
        }
        return ids;
    }

    private static boolean matches(String secret, byte[] body, String header) {
        if (!header.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(header.substring("sha256=".length()));
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false; // not hex
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
