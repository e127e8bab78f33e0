package io.socialdesk.intake;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Admin-tunable routing rules. The defaults are the DESIGN's: reopen a thread's request resolved less than 7 days
 * ago, merge into a customer's request updated in the last 72 hours.
 */
public record RoutingSettings(Duration reopenWindow, Duration mergeWindow, Set<String> blockedHandles,
                              Set<String> blockWords) {
    public static RoutingSettings defaults() {
        return new RoutingSettings(Duration.ofDays(7), Duration.ofHours(72), Set.of(), Set.of());
    }

    public RoutingSettings {
        blockedHandles = Set.copyOf(blockedHandles.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        blockWords = Set.copyOf(blockWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }
}
