package io.socialdesk.insights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time to first response per channel, over the requests first contacted in a period: the median and the 90th
 * percentile (nearest rank) of the time from a request's first contact to the first reply in kind, with how many
 * requests were answered and how many not yet. Equal treatment compares the channels' medians: a channel served more
 * than {@code tolerance} times faster than another, each with at least {@value #MIN_ANSWERED} answered requests, is
 * named in words, so a team sees when tweeting gets an answer sooner than phoning.
 */
public final class FirstResponses {
    static final int MIN_ANSWERED = 5;

    /** One channel's first responses. */
    public record PerChannel(String channel, int answered, int unanswered, Duration median, Duration p90) {
    }

    /** A channel served {@code factor} times faster than another. */
    public record Unequal(String faster, String slower, double factor, String text) {
    }

    private FirstResponses() {
    }

    public static List<PerChannel> perChannel(List<RequestFacts> requests) {
        Map<String, List<Duration>> answered = new TreeMap<>();
        Map<String, Integer> waiting = new TreeMap<>();
        for (RequestFacts request : requests) {
            answered.computeIfAbsent(request.channel(), c -> new ArrayList<>());
            request.firstResponseAt().ifPresentOrElse(
                    at -> answered.get(request.channel()).add(Duration.between(request.firstContactAt(), at)),
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

    /** The pairs of channels whose medians differ by more than {@code tolerance}, the largest difference first. */
    public static List<Unequal> unequal(List<PerChannel> channels, double tolerance) {
        List<PerChannel> measured = channels.stream().filter(c -> c.answered() >= MIN_ANSWERED).toList();
        List<Unequal> found = new ArrayList<>();
        for (PerChannel fast : measured) {
            for (PerChannel slow : measured) {
                double factor = (double) Math.max(slow.median().toSeconds(), 1) / Math.max(fast.median().toSeconds(), 1);
                if (fast != slow && factor > tolerance) {
                    found.add(new Unequal(fast.channel(), slow.channel(), Math.round(factor * 10) / 10.0,
                            String.format(Locale.ROOT, "%s requests got a first response %.1f× faster than %s requests",
                                    fast.channel(), factor, slow.channel())));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Unequal::factor).reversed());
        return found;
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
