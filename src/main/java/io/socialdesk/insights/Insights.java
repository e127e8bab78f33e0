package io.socialdesk.insights;

import jakarta.inject.Inject;
import java.time.Duration;
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

    /**
     * {@code waiting}: requests whose newest contact has had no answer for longer than the target, longest first;
     * {@code effort}: open requests with many contacts or several channels, most contacts first.
     */
    public record Result(InsightsRange range, Targets targets, List<String> channels, List<Volume> volume,
                         List<Mix> mix,
                         List<FirstResponses.PerChannel> firstResponse, List<FirstResponses.PerType> perType,
                         List<Finding> unequal, List<Listed> waiting, List<Listed> effort,
                         List<InsightsMarks.Surge> surges, List<Flagged> viralRisks) {
    }

    /** A viral risk with its request's key, when the request still exists. */
    public record Flagged(InsightsMarks.ViralRisk risk, java.util.Optional<String> key) {
    }

    /** An equal-treatment finding with the keys of the slower channel's slowest requests, to drill into. */
    public record Finding(FirstResponses.Unequal unequal, List<String> slowestKeys) {
    }

    /** A request a list names, with its key as Jira shows it. */
    public record Listed(RequestFacts facts, String key) {
    }

    /**
     * What the desk counts as waiting too long ({@code response}), a repeat contact (that many contacts, or that many
     * channels, on one open request), and unequal (one channel's median first response {@code tolerance} times
     * another's), and the name of JSM's first-response SLA ({@code slaName}: JSM names it in the language of the
     * project it set up, and admins rename it); the admin sets them in the console.
     */
    public record Targets(Duration response, int repeatContacts, int repeatChannels, double tolerance,
                          String slaName) {
        public static final int MIN_RESPONSE_MINUTES = 5;
        public static final int MAX_RESPONSE_MINUTES = 10_080;
        public static final int MAX_REPEAT = 20;
        public static final int MIN_TOLERANCE_PERCENT = 110;
        public static final int MAX_TOLERANCE_PERCENT = 1_000;
        public static final int MAX_SLA_NAME = 255;

        public static Targets defaults() {
            return new Targets(Duration.ofMinutes(60), 3, 2, 1.5, FirstResponseSla.NAME);
        }

        public int tolerancePercent() {
            return (int) Math.round(tolerance * 100);
        }
    }

    /** Settings port: the targets the admin set (the defaults until they do). */
    public interface TargetsSource {
        Targets targets();
    }

    private static final long HOUR_S = 3600;
    /** At most this many requests are read for a period's first responses; the page says when it was cut. */
    static final int MAX_REQUESTS = 20_000;
    static final int LISTED = 50;
    /**
     * The repeat-contact list is of open requests: those contacted in the range's last 30 days, so a year's view
     * does not sort a year of requests to find the few still open.
     */
    static final java.time.Duration EFFORT_WINDOW = java.time.Duration.ofDays(30);

    private final InsightsStore store;
    private final io.socialdesk.request.RequestDesk desk;
    private final java.time.Clock clock;
    private final TargetsSource targets;
    private final InsightsMarks marks;

    @Inject
    public Insights(InsightsStore store, io.socialdesk.request.RequestDesk desk, java.time.Clock clock,
                    TargetsSource targets, InsightsMarks marks) {
        this.store = store;
        this.desk = desk;
        this.clock = clock;
        this.targets = targets;
        this.marks = marks;
    }

    /** The desk's insights by the targets the admin set. */
    public Result of(int serviceDeskId, InsightsRange range) {
        return of(serviceDeskId, range, targets.targets());
    }

    public Result of(int serviceDeskId, InsightsRange range, Targets targets) {
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
        List<RequestFacts> contacted = store.firstContacted(serviceDeskId, range.from(), range.to(), MAX_REQUESTS);
        Instant now = clock.instant();
        InsightsMarks.Marks marked = marks.of(serviceDeskId, range.from(), range.to(), LISTED);
        List<RequestFacts> waiting = store.waitingSince(serviceDeskId, now.minus(targets.response()), LISTED * 2);
        List<RequestFacts> repeated = store.repeated(serviceDeskId, latest(range.from(), now.minus(EFFORT_WINDOW)),
                targets.repeatContacts(), targets.repeatChannels(), LISTED * 2);
        // one pass over Jira: a request both waiting and asking again, or among the slowest, is read once
        return desk.pass(() -> new Result(range, targets, List.copyOf(channels), volumes, mixes,
                FirstResponses.perChannel(contacted), FirstResponses.perType(contacted),
                findings(FirstResponses.unequal(contacted, targets.tolerance())), open(waiting), open(repeated),
                marked.surges(), flagged(marked.viralRisks())));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private List<Flagged> flagged(List<InsightsMarks.ViralRisk> risks) {
        return risks.stream().map(risk -> new Flagged(risk, risk.issueId()
                .flatMap(desk::state).map(io.socialdesk.request.RequestState::key))).toList();
    }

    private List<Finding> findings(List<FirstResponses.Unequal> unequal) {
        return unequal.stream().map(u -> new Finding(u, u.slowest().stream()
                .flatMap(id -> desk.state(id).map(io.socialdesk.request.RequestState::key).stream()).toList()))
                .toList();
    }

    /** The unresolved ones among {@code requests}, with their keys, at most {@value #LISTED}. */
    private List<Listed> open(List<RequestFacts> requests) {
        return requests.stream().flatMap(r -> desk.state(r.issueId()).filter(s -> !s.resolved())
                .map(s -> new Listed(r, s.key())).stream()).limit(LISTED).toList();
    }
}
