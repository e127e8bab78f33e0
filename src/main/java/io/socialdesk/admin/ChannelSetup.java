package io.socialdesk.admin;

import com.google.gson.JsonObject;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.Verification;
import io.socialdesk.request.RequestTargets;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the admin console needs before an account is saved: the channels and their fields, where requests can go, and
 * "Test connection", the network's identity call with the typed secrets (nothing is stored).
 */
@Component
public class ChannelSetup {
    private final ChannelCatalog channels;
    private final ApiBaseUrlPolicy urls;
    private final RequestTargets targets;

    @Inject
    public ChannelSetup(ChannelCatalog channels, ApiBaseUrlPolicy urls, RequestTargets targets) {
        this.channels = channels;
        this.urls = urls;
        this.targets = targets;
    }

    public ChannelCatalog channels() {
        return channels;
    }

    public List<RequestTargets.Desk> desks(String adminKey) {
        return targets.desks(adminKey);
    }

    /** Verified, or the field to fix: the form's own problems first, then what the network said. */
    public Verification test(JsonObject form) {
        AccountDraft.Parsed parsed = AccountDraft.parse(form, channels, urls, true);
        if (parsed instanceof AccountDraft.Invalid invalid) {
            return new Verification.Failed(invalid.field(), invalid.message());
        }
        AccountDraft.Valid valid = (AccountDraft.Valid) parsed;
        Optional<ChannelDriver> driver = channels.driver(valid.settings().kind());
        if (driver.isEmpty() || valid.settings().apiBaseUrl().isEmpty()) {
            return new Verification.Failed("kind", "a phone line is tested by a call from the telephony system");
        }
        return channels.interactive(() -> driver.get().verify(valid.settings().apiBaseUrl().get(),
                valid.credentials().orElseGet(() -> new Credentials(java.util.Map.of()))));
    }
}
