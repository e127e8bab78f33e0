package io.socialdesk.insights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Time to first response per channel, over the requests first contacted in a period: the median and the 90th
 * percentile (nearest rank) of each request's time to first response ({@link RequestFacts#timeToFirstResponse()}: JSM's
 * SLA where it measured it, else the clock from first contact to the first reply in kind or public agent comment),
 * with how many requests were answered and how many not yet. Equal treatment compares the channels' medians within
 * one request type — a password reset is compared with password resets — and names in words a channel served more
 * than {@code tolerance} times faster than another, each with at least {@value #MIN_ANSWERED} answered requests, so a
 * team sees when tweeting gets an answer sooner than the portal or the phone.
 */
public final class FirstResponses {
    static final int MIN_ANSWERED = 5;
    /** The slower channel's requests an equal-treatment finding lists to drill into, slowest first. */
    static final int DRILL_DOWN = 10;

    /** One channel's first responses. */
    public record PerChannel(String channel, int answered, int unanswered, Duration median, Duration p90) {
    }

    /** One request type's first responses per channel (request type 0: not known). */
    public record PerType(int requestTypeId, List<PerChannel> channels) {
    }

    /**
     * Within request type {@code requestTypeId}, channel {@code faster} was served {@code factor} times faster than
     * {@code slower}; {@code slowest}: the slower channel's slowest requests (issue ids).
     */
    public record Unequal(int requestTypeId, String faster, String slower, double factor, String text,
                          List<Long> slowest) {
    }

    private FirstResponses() {
    }

    public static List<PerChannel> perChannel(List<RequestFacts> requests) {
        Map<String, List<Duration>> answered = new TreeMap<>();
        Map<String, Integer> waiting = new TreeMap<>();
        for (RequestFacts request : requests) {
            answered.computeIfAbsent(request.channel(), c -> new ArrayList<>());
            request.timeToFirstResponse().ifPresentOrElse(
                    time -> answered.get(request.channel()).add(time),
                    () -> waiting.merge(request.channel(), 1, Integer::sum));
        }
        List<PerChannel> channels = new ArrayList<>();
        answered.forEach((channel, times) -> {
            times.sort(Comparator.naturalOrder());
            channels.add(new PerChannel(channel, times.size(), waiting.getOrDefault(channel, 0), rank(times, 50),
                    rank(times, 90)));
        });
        return channels;
    }

    /** {@link #perChannel} for each request type, by request type id. */
    public static List<PerType> perType(List<RequestFacts> requests) {
        List<PerType> types = new ArrayList<>();
        byType(requests).forEach((type, ofType) -> types.add(new PerType(type, perChannel(ofType))));
        return types;
    }

    /**
     * The pairs of channels of one request type whose medians differ by more than {@code tolerance}, the largest
     * difference first.
     */
    public static List<Unequal> unequal(List<RequestFacts> requests, double tolerance) {
        List<Unequal> found = new ArrayList<>();
        byType(requests).forEach((type, ofType) -> {
            List<PerChannel> measured = perChannel(ofType).stream().filter(c -> c.answered() >= MIN_ANSWERED)
                    .toList();
            for (PerChannel fast : measured) {
                for (PerChannel slow : measured) {
                    double factor = (double) Math.max(slow.median().toSeconds(), 1)
                            / Math.max(fast.median().toSeconds(), 1);
                    if (fast != slow && factor > tolerance) {
                        found.add(new Unequal(type, fast.channel(), slow.channel(), Math.round(factor * 10) / 10.0,
                                String.format(Locale.ROOT,
                                        "%s requests got a first response %.1f× faster than %s requests",
                                        fast.channel(), factor, slow.channel()),
                                slowest(ofType, slow.channel())));
                    }
                }
            }
        });
        found.sort(Comparator.comparingDouble(Unequal::factor).reversed());
        return found;
    }

    private static Map<Integer, List<RequestFacts>> byType(List<RequestFacts> requests) {
        return requests.stream().collect(Collectors.groupingBy(RequestFacts::requestTypeId, TreeMap::new,
                Collectors.toList()));
    }

    private static List<Long> slowest(List<RequestFacts> requests, String channel) {
        return requests.stream().filter(r -> r.channel().equals(channel) && r.timeToFirstResponse().isPresent())
                .sorted(Comparator.comparing((RequestFacts r) -> r.timeToFirstResponse().orElseThrow()).reversed())
                .limit(DRILL_DOWN).map(RequestFacts::issueId).toList();
    }

    /** The nearest-rank percentile of sorted durations; zero for none. */
    static Duration rank(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
