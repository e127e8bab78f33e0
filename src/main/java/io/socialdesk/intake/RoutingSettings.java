package io.socialdesk.intake;

import io.socialdesk.matching.MatchSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Admin-tunable routing rules, edited in the admin console and read at every cycle. Defaults: reopen a thread's
 * request resolved less than 7 days ago, merge into a customer's open request updated in the last 72 hours, nothing
 * blocked, posts without words of their own (reposts) skipped, a missed call or voicemail of a customer with no open
 * request becomes a request, praise is routed like any post, and matching onto the customer's requests uses
 * {@link MatchSettings#defaults()}.
 */
public record RoutingSettings(Duration reopenWindow, Duration mergeWindow, Set<String> blockedHandles,
                              Set<String> blockWords, boolean skipReposts, boolean missedCallCreatesRequest,
                              PraiseRouting praise, MatchSettings matching) {
    public static RoutingSettings defaults() {
        return new RoutingSettings(Duration.ofDays(7), Duration.ofHours(72), Set.of(), Set.of(), true, true,
                PraiseRouting.REQUEST, MatchSettings.defaults());
    }

    public RoutingSettings {
        blockedHandles = Set.copyOf(blockedHandles.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        blockWords = Set.copyOf(blockWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }
}
