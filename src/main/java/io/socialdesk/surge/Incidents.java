package io.socialdesk.surge;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IncidentSignal;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.intake.InboundText;
import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Opens a surge's incident request in the account's service desk, raised by the intake user, and fires
 * *SocialDesk: surge started* on it. The request is marked with the negative surge id (intake's markers key requests
 * by interaction id, which is always positive), so a run after a crash finds the request instead of opening another;
 * the event fires before the incident is stored, so it is at least once.
 */
@Component
public class Incidents {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final SurgeStore store;
    private final RequestDesk desk;
    private final AutomationSignals signals;
    private final ChannelCatalog channels;

    @Inject
    public Incidents(SurgeStore store, RequestDesk desk, AutomationSignals signals, ChannelCatalog channels) {
        this.store = store;
        this.desk = desk;
        this.signals = signals;
        this.channels = channels;
    }

    /** The incident request of the surge, opened now unless a run before a crash opened it; answers its id. */
    long open(ChannelAccount account, Surge surge, int posts) {
        String label = channels.spec(account.kind()).map(ChannelSpec::label).orElse(account.kind().key());
        RequestState incident = desk.createdFor(-surge.id()).orElseGet(() -> desk.create(new NewRequest(
                account.target(), summary(label, account, surge), description(label, account, surge, posts),
                Optional.empty(), -surge.id(), account.intakeUserKey())));
        signals.incident(new IncidentSignal(incident.issueId(), SocialEventType.SURGE_STARTED, account.kind(),
                account.name(), true, 0, surge.startedAt(), account.intakeUserKey()));
        store.incident(surge.id(), incident.issueId());
        return incident.issueId();
    }

    static String summary(String label, ChannelAccount account, Surge surge) {
        String words = surge.terms().keySet().stream().limit(4).map(CharSequence::toString)
                .collect(Collectors.joining(", "));
        String summary = "Surge on " + label + " " + account.name() + ": " + words;
        return summary.length() > 250 ? summary.substring(0, 250) : summary;
    }

    private static String description(String label, ChannelAccount account, Surge surge, int posts) {
        return String.format(Locale.ROOT, "SocialDesk saw a surge of posts to %s on %s from %s: %.1f posts a minute,"
                        + " against a usual %.2f.%n%nSimilar posts are linked to this request (%d so far looked at)."
                        + " Answer them all at once from the SocialDesk panel here: each customer gets a personal"
                        + " reply on their own channel.%n%nWords of the incident: %s",
                InboundText.escape(account.name()), label, WHEN.format(surge.startedAt()), surge.peak(),
                surge.usual(), posts, InboundText.escape(String.join(", ",
                        surge.terms().keySet().stream().limit(10).map(CharSequence::toString).toList())));
    }
}
