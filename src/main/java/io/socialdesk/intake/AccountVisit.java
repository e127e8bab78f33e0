package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One visit of the intake job to one account, under the account's cluster lock: a polled account is fetched when
 * due; its pending contacts are routed and its leftovers (publication a crash interrupted, notices owed) sent, then
 * {@link AfterRouting} (moves to finish, surges, incident answers, viral risk) runs. The visit then works out when the
 * account needs the next one besides its polls: at once while anything is left, else when a watcher asks, else
 * never; so a quiet account is not visited at all between its polls.
 */
@Component
public class AccountVisit {
    /** A visit that dies on the way is taken up again after this. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final AccountVisits visits;
    private final AccountPoller poller;
    private final PendingRouter router;
    private final Leftovers leftovers;
    private final AfterRouting afterRouting;
    private final InteractionLog log;
    private final Clock clock;

    @Inject
    public AccountVisit(AccountVisits visits, AccountPoller poller, PendingRouter router, Leftovers leftovers,
                        AfterRouting afterRouting, InteractionLog log, Clock clock) {
        this.visits = visits;
        this.poller = poller;
        this.router = router;
        this.leftovers = leftovers;
        this.afterRouting = afterRouting;
        this.log = log;
        this.clock = clock;
    }

    /** Call under the account's lock; {@code polled}: the kinds that are polled. Does nothing if none is needed. */
    public void visit(long accountId, Collection<ChannelKind> polled) {
        Instant now = clock.instant();
        // re-read under the lock: another node may have visited it since it was listed
        visits.begin(accountId, now, now.plus(LEASE), polled).ifPresent(begun -> {
            ChannelAccount account = begun;
            Optional<Instant> watchers;
            try {
                if (polled.contains(account.kind()) && account.health().isDue(now)) {
                    account = poller.poll(account); // its own user id may be known only now
                }
                // a pushed contact is routed when it arrives; one left pending (lock busy, a crash) is routed here
                router.routePending(account);
                leftovers.publish(account);
                watchers = afterRouting.after(account);
            } catch (RuntimeException failed) {
                // JSM refused, a step failed: the next run tries again (the lease covers a node that dies)
                visits.next(account.id(), Optional.of(clock.instant()));
                throw failed;
            }
            visits.next(account.id(), next(account, watchers));
        });
    }

    private Optional<Instant> next(ChannelAccount account, Optional<Instant> watchers) {
        // a contact locked elsewhere, a step that failed: the next run tries again
        return log.hasUnfinished(account.id()) ? Optional.of(clock.instant()) : watchers;
    }
}
