package io.socialdesk.surge;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IncidentSignal;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.SurgeSettings;
import io.socialdesk.intake.SurgeSettingsSource;
import io.socialdesk.request.RequestDesk;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Watches one account's posts after each routing run (under the account's lock, so once per cluster at a time):
 * starts and ends its surge by {@link SurgeDetector}, forms the incident from the surge's posts, and puts each later
 * post of the surge in or out of it by {@link PostSimilarity}. Members' own requests are linked to the incident
 * request; nothing about how they were routed changes.
 */
@Component
public class SurgeWatch {
    /** Posts looked at per run; the rest wait for the next run (a storm must not hold the account's lock long). */
    static final int BATCH = 500;
    /** How often a lasting surge is looked at when no post comes: its rate falls, and it ends, by time. */
    static final Duration LOOK_AGAIN = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SurgeWatch.class);

    private final SurgeStore store;
    private final SurgeSettingsSource settings;
    private final Incidents incidents;
    private final RequestDesk desk;
    private final AutomationSignals signals;
    private final Clock clock;

    @Inject
    public SurgeWatch(SurgeStore store, SurgeSettingsSource settings, Incidents incidents, RequestDesk desk,
                      AutomationSignals signals, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.incidents = incidents;
        this.desk = desk;
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * Watches the account's posts; answers when it must look again without new posts: while a surge lasts, every
     * {@link #LOOK_AGAIN} (it ends by time), else not before the account's next posts.
     */
    public Optional<Instant> watch(ChannelAccount account) {
        Instant now = clock.instant();
        store.endedUnpublished(account.id()).forEach(ended -> publishEnd(account, ended));
        SurgeSettings current = settings.surge();
        Optional<Surge> active = store.active(account.id());
        switch (SurgeDetector.decide(store.counts(account.id(), now), current, active, now)) {
            case SurgeDetector.Start start -> {
                Surge surge = store.start(account.id(), now, start.threshold(), start.usual());
                store.peak(surge.id(), start.rate());
                LOG.info("Account {}: surge started, {} posts a minute (usual {})", account.id(), start.rate(),
                        start.usual());
                gather(account, store.byId(surge.id()).orElseThrow(), current);
                return Optional.of(now.plus(LOOK_AGAIN));
            }
            case SurgeDetector.Continue going -> {
                Surge surge = active.orElseThrow();
                if (going.rate() > surge.peak()) {
                    store.peak(surge.id(), going.rate());
                }
                gather(account, surge, current);
                return Optional.of(now.plus(LOOK_AGAIN));
            }
            case SurgeDetector.End end -> {
                Surge surge = active.orElseThrow();
                gather(account, surge, current); // the last posts of the surge still get their decision
                store.end(surge.id(), now);
                LOG.info("Account {}: surge {} ended", account.id(), surge.id());
                store.byId(surge.id()).ifPresent(ended -> publishEnd(account, ended));
                return Optional.empty();
            }
            case SurgeDetector.Quiet quiet -> {
                return Optional.empty();
            }
        }
    }

    /** Forms the incident once the surge's posts have a common subject, then decides each new post. */
    private void gather(ChannelAccount account, Surge surge, SurgeSettings current) {
        Instant since = surge.startedAt().minus(SurgeDetector.WINDOW);
        List<Interaction> posts = store.undecided(surge.id(), account.id(), since, BATCH);
        Surge formed = surge;
        if (surge.terms().isEmpty()) {
            Optional<Map<CharSequence, Integer>> subject = Clusters.subject(posts, current.similarity());
            if (subject.isEmpty()) {
                return; // no common subject yet: the next run looks again with more posts
            }
            store.terms(surge.id(), subject.get());
            formed = store.byId(surge.id()).orElseThrow();
        }
        if (formed.incidentIssueId().isEmpty()) {
            long incident = incidents.open(account, formed, posts.size());
            formed = store.byId(surge.id()).orElseThrow();
            LOG.info("Account {}: surge {} has incident request {}", account.id(), surge.id(), incident);
        }
        decide(account, formed, posts, current);
    }

    private void decide(ChannelAccount account, Surge surge, List<Interaction> posts, SurgeSettings current) {
        long incident = surge.incidentIssueId().orElseThrow();
        List<SurgeMember> decisions = new ArrayList<>();
        for (Interaction post : posts) {
            double similarity = PostSimilarity.similarity(PostSimilarity.terms(post), surge.terms());
            boolean member = similarity >= current.similarity() && post.issueId().get() != incident;
            if (member) {
                // linked before the decision is stored: a crash between repeats the link, which is a no-op
                desk.link(post.issueId().get(), incident, account.intakeUserKey());
            }
            decisions.add(new SurgeMember(surge.id(), post.id(), post.issueId(), similarity, member,
                    Optional.empty()));
        }
        store.decide(decisions);
    }

    private void publishEnd(ChannelAccount account, Surge ended) {
        ended.incidentIssueId().ifPresent(issue -> signals.incident(new IncidentSignal(issue,
                SocialEventType.SURGE_ENDED, account.kind(), account.name(), false,
                (int) store.members(ended.id()).stream().filter(SurgeMember::member).count(), ended.startedAt(),
                account.intakeUserKey())));
        store.endPublished(ended.id());
    }
}
