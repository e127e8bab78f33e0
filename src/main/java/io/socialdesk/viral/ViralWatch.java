package io.socialdesk.viral;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.ViralSignal;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.EngagementBudget;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.intake.ViralSettings;
import io.socialdesk.intake.ViralSettingsSource;
import io.socialdesk.request.RequestDesk;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After each routing run of an account, under its lock: re-reads the public counts of the customers' posts on open
 * requests, within the channel's {@link EngagementBudget} counted from the store, and fires *SocialDesk: viral risk*
 * once per post when its spread passes the {@link ViralSettings} threshold. Posts are watched for
 * {@link #WATCH_FOR} after they were posted, when complaints spread; the least recently read go first.
 */
@Component
public class ViralWatch {
    static final Duration WATCH_FOR = Duration.ofHours(24);
    /** A post minutes old has no counts to speak of; its first read waits this long. */
    static final Duration FIRST_READ_AFTER = Duration.ofMinutes(5);
    /** The shortest time between two reads of one post, so a small watch list does not spend the whole budget. */
    static final Duration MIN_REREAD = Duration.ofMinutes(10);
    /**
     * A post on a resolved request is looked at again after this long (the request may be reopened): often enough for
     * a reopened complaint, rarely enough that a desk of resolved requests does not cost Jira a read of each per run.
     */
    static final Duration RESOLVED_RECHECK = Duration.ofHours(1);
    /** Posts still due after a run (the budget is spent) are looked at again after this, not every run. */
    static final Duration BUDGET_PAUSE = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ViralWatch.class);

    private final ViralStore store;
    private final ViralSettingsSource settings;
    private final ChannelCatalog channels;
    private final CredentialStore credentials;
    private final RequestDesk desk;
    private final AutomationSignals signals;
    private final PostChanges changes;
    private final Clock clock;

    @Inject
    public ViralWatch(ViralStore store, ViralSettingsSource settings, ChannelCatalog channels,
                      CredentialStore credentials, RequestDesk desk, AutomationSignals signals,
                      PostChanges changes, Clock clock) {
        this.changes = changes;
        this.store = store;
        this.settings = settings;
        this.channels = channels;
        this.credentials = credentials;
        this.desk = desk;
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * Reads the counts of the account's due posts within its budget; answers when its next post is due for a read
     * (after {@link #BUDGET_PAUSE} when the budget is spent), empty when it watches none.
     */
    public Optional<Instant> watch(ChannelAccount account) {
        Optional<ChannelDriver> driver = channels.driver(account.kind());
        if (driver.isEmpty() || account.health().status() == AccountStatus.DISABLED
                || !driver.get().spec().engagementReads().allowed()) {
            return Optional.empty();
        }
        ViralSettings rule = settings.viral();
        if (!rule.watching()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        read(account, driver.get(), rule, now);
        return store.nextDue(account.id(), now.minus(WATCH_FOR), FIRST_READ_AFTER)
                .map(at -> at.isAfter(now) ? at : now.plus(BUDGET_PAUSE));
    }

    private void read(ChannelAccount account, ChannelDriver driver, ViralSettings rule, Instant now) {
        EngagementBudget budget = driver.spec().engagementReads();
        int left = budget.posts() - store.readsSince(account.id(), now.minus(budget.per()));
        if (left <= 0) {
            return;
        }
        Duration reread = budget.per().compareTo(MIN_REREAD) > 0 ? budget.per() : MIN_REREAD;
        List<WatchedPost> due = store.due(account.id(), now.minus(WATCH_FOR), now, FIRST_READ_AFTER, left);
        // one read of each request for the whole list (the desk's pass), however many of its posts are due
        List<WatchedPost> reading = desk.pass(() -> due.stream().filter(post -> {
            if (desk.state(post.issueId()).filter(request -> !request.resolved()).isPresent()) {
                return true;
            }
            store.postponed(account.id(), post, now.plus(RESOLVED_RECHECK)); // resolved or gone: may be reopened
            return false;
        }).toList());
        Credentials secrets = reading.isEmpty() ? null : credentials.credentials(account.id());
        for (int from = 0; from < reading.size(); from += budget.postsPerCall()) {
            List<WatchedPost> batch = reading.subList(from, Math.min(reading.size(), from + budget.postsPerCall()));
            EngagementRead read = driver.engagement(account.api(), secrets,
                    batch.stream().map(WatchedPost::externalId).toList());
            if (read instanceof EngagementRead.Stopped stopped) {
                LOG.info("SocialDesk: reading post counts of account {} stopped: {}", account.id(), stopped.reason());
                Instant later = stopped.retryAfter().filter(now::isBefore).orElse(now.plus(budget.per()));
                reading.subList(from, reading.size()).forEach(post -> store.postponed(account.id(), post, later));
                return;
            }
            EngagementRead.Counted counted = (EngagementRead.Counted) read;
            for (WatchedPost post : batch) {
                Engagement counts = counted.counts().get(post.externalId());
                if (counts == null) {
                    // withdrawn first, marked after: a crash in between withdraws it again, never not at all
                    if (!(rule.keepsDeleted(account.kind())
                            && driver.spec().deletedPosts() == io.socialdesk.channel.DeletedPosts.MAY_STAY)) {
                        changes.withdraw(account, post.interactionId(), now);
                    }
                    store.gone(account.id(), post, now);
                    continue;
                }
                Optional.ofNullable(counted.edits().get(post.externalId()))
                        .ifPresent(edit -> changes.edited(account, post.interactionId(), post.issueId(), edit));
                store.counted(account.id(), post, counts, now, now.plus(reread));
                if (!post.flagged() && rule.risky(counts, post.followers())) {
                    // event first, mark after: a crash in between fires it again rather than never
                    signals.viral(new ViralSignal(post.issueId(), account.kind(), post.authorHandle(),
                            post.followers(), counts, rule.threshold(post.followers()), post.url(), now,
                            account.intakeUserKey()));
                    store.flag(post.interactionId(), now);
                }
            }
        }
    }
}
