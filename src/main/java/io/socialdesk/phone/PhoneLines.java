package io.socialdesk.phone;

import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelKind;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The phone lines: channel accounts of kind phone, whose credentials hold the webhook secret and Twilio token.
 * A webhook names its line with {@code ?line=<id>}; with a single enabled line it may leave it out.
 */
@Component
public class PhoneLines {
    private final ChannelAccounts accounts;

    public sealed interface Lookup {
        record Found(ChannelAccount line) implements Lookup {
        }

        record Problem(String message) implements Lookup {
        }
    }

    @Inject
    public PhoneLines(ChannelAccounts accounts) {
        this.accounts = accounts;
    }

    public Lookup find(Optional<Long> lineId) {
        List<ChannelAccount> lines = accounts.all().stream()
                .filter(a -> ChannelKind.PHONE.equals(a.kind()) && a.health().status() != AccountStatus.DISABLED)
                .toList();
        if (lineId.isPresent()) {
            return lines.stream().filter(l -> l.id() == lineId.get()).findFirst().<Lookup>map(Lookup.Found::new)
                    .orElseGet(() -> new Lookup.Problem("no enabled phone line " + lineId.get()));
        }
        if (lines.size() == 1) {
            return new Lookup.Found(lines.get(0));
        }
        return new Lookup.Problem(lines.isEmpty() ? "no enabled phone line is configured"
                : "several phone lines are configured: say which with ?line=<id>");
    }
}
