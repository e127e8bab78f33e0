package io.socialdesk.insights;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * A desk's insights for a range, from the hourly rollup only (a page never reads interactions): contacts per channel
 * per bucket, and the mix of what triage read of them per bucket, praise counted apart. Empty buckets are there with
 * zeros, so a chart's time axis has no gaps.
 */
@Component
public class Insights {
    /** One bucket of contacts: its start and the count per channel key. */
    public record Volume(Instant start, Map<String, Integer> perChannel) {
        public int total() {
            return perChannel.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One bucket's mix: intents (praise apart) and moods of its contacts; what is neither is the rest. */
    public record Mix(Instant start, int contacts, int complaints, int questions, int praise, int negative,
                      int positive) {
        public int otherIntent() {
            return contacts - complaints - questions - praise;
        }

        public int otherMood() {
            return contacts - negative - positive;
        }
    }

    public record Result(InsightsRange range, List<String> channels, List<Volume> volume, List<Mix> mix) {
    }

    private static final long HOUR_S = 3600;

    private final InsightsStore store;

    @Inject
    public Insights(InsightsStore store) {
        this.store = store;
    }

    public Result of(int serviceDeskId, InsightsRange range) {
        long fromHour = Math.floorDiv(range.from().getEpochSecond(), HOUR_S);
        long toHour = Math.floorDiv(range.to().getEpochSecond() + HOUR_S - 1, HOUR_S);
        List<HourCounts> hours = store.hours(serviceDeskId, fromHour, toHour);
        TreeSet<String> channels = new TreeSet<>();
        Map<Instant, Map<String, Integer>> volume = new TreeMap<>();
        Map<Instant, int[]> mix = new TreeMap<>();
        for (Instant start : range.buckets()) {
            volume.put(start, new LinkedHashMap<>());
            mix.put(start, new int[6]);
        }
        for (HourCounts hour : hours) {
            Instant at = Instant.ofEpochSecond(hour.hour() * HOUR_S);
            if (at.isBefore(range.from().minusSeconds(HOUR_S - 1)) || !at.isBefore(range.to())) {
                continue;
            }
            Instant bucket = range.bucketOf(at);
            channels.add(hour.channel());
            volume.computeIfAbsent(bucket, b -> new LinkedHashMap<>()).merge(hour.channel(), hour.contacts(),
                    Integer::sum);
            int[] m = mix.computeIfAbsent(bucket, b -> new int[6]);
            m[0] += hour.contacts();
            m[1] += hour.complaints();
            m[2] += hour.questions();
            m[3] += hour.praise();
            m[4] += hour.negative();
            m[5] += hour.positive();
        }
        List<Volume> volumes = new ArrayList<>();
        volume.forEach((start, counts) -> {
            Map<String, Integer> all = new LinkedHashMap<>();
            channels.forEach(channel -> all.put(channel, counts.getOrDefault(channel, 0)));
            volumes.add(new Volume(start, all));
        });
        List<Mix> mixes = new ArrayList<>();
        mix.forEach((start, m) -> mixes.add(new Mix(start, m[0], m[1], m[2], m[3], m[4], m[5])));
        return new Result(range, List.copyOf(channels), volumes, mixes);
    }
}
