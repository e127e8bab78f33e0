package io.socialdesk.intake;

import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.Verification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls one account: fetches pages and records each with its cursor (receive and record-first, the pipeline's first
 * steps; docs/architecture.md), then stores the account's health. At most {@link #MAX_PAGES} pages per run keep
 * memory and lock time bounded in a burst; when more are waiting the account is due again at once. An account whose
 * own user id is not known yet (connected without Test connection, by the API) asks the network first, so its own
 * posts coming back are never requests; nothing older than {@link ChannelAccount#historyFrom} is taken in, so
 * connecting never imports the network's backlog.
 */
@Component
public class AccountPoller {
    static final int MAX_PAGES = 25;
    private static final Logger LOG = LoggerFactory.getLogger(AccountPoller.class);

    private final ChannelAccounts accounts;
    private final ChannelCatalog channels;
    private final CredentialStore credentials;
    private final Inbox inbox;
    private final HealthPolicy policy;
    private final Clock clock;

    @Inject
    public AccountPoller(ChannelAccounts accounts, ChannelCatalog channels, CredentialStore credentials, Inbox inbox,
                         HealthPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.channels = channels;
        this.credentials = credentials;
        this.inbox = inbox;
        this.policy = policy;
        this.clock = clock;
    }

    /** Polls the account; answers it as it stands afterwards (its own user id learned on the way, if it was). */
    public ChannelAccount poll(ChannelAccount listed) {
        Optional<ChannelDriver> driver = channels.driver(listed.kind());
        if (driver.isEmpty()) {
            record(listed, policy.after(new FetchResult.Unavailable("no driver for " + listed.kind().key()),
                    listed.health(), listed.interval(), clock.instant()));
            return listed;
        }
        Credentials secrets = credentials.credentials(listed.id());
        ChannelAccount account = listed;
        Optional<String> cursor = account.cursor();
        // not only the first poll: a network that reads its cursor's boundary again (Bluesky, by time) would bring a
        // backlog post back the next time, and nothing was recorded to know it by
        Optional<java.time.Instant> firstPollFrom = account.historyFrom();
        AccountHealth health = account.health();
        boolean more = false;
        for (int page = 0; page < MAX_PAGES; page++) {
            FetchResult read = driver.get().fetch(account.api(), secrets, cursor);
            FetchResult result = firstPollFrom.map(from -> withoutBacklog(read, from)).orElse(read);
            if (result instanceof FetchResult.Page fetched
                    && inbox.record(account.id(), fetched.posts(), fetched.cursor())
                    instanceof RecordResult.Conflict conflict) {
                // another writer stored some of these posts at the same moment; nothing of ours was kept
                LOG.info("Account {}: concurrent intake, page fetched again next cycle ({})", account.id(),
                        conflict.detail());
                more = true;
                break;
            }
            health = policy.after(result, health, account.interval(), clock.instant());
            if (!(result instanceof FetchResult.Page fetched)) {
                LOG.warn("Account {} ({}): {}", account.id(), account.kind().key(), health.lastError().orElse(""));
                break;
            }
            if (!fetched.unreadable().isEmpty()) {
                // recorded what could be read and moved past the rest: one odd item must not stall the account
                LOG.warn("Account {} ({}): {} item(s) could not be read and were passed over: {}", account.id(),
                        account.kind().key(), fetched.unreadable().size(),
                        String.join(", ", fetched.unreadable().subList(0, Math.min(5, fetched.unreadable().size()))));
            }
            cursor = fetched.cursor();
            more = fetched.more();
            if (!more || fetched.throttledUntil().isPresent()) {
                break;
            }
        }
        if (more && health.status().polls() && health.rateLimitResetAt().isEmpty()) {
            health = health.dueAt(clock.instant());
        }
        record(account, health);
        // after a page was read, not before: a network that is down is asked once per poll, not twice
        return fetchedAny(health, listed) ? withOwnUserId(account, driver.get(), secrets) : account;
    }

    private static boolean fetchedAny(AccountHealth after, ChannelAccount before) {
        return after.lastSuccessAt().isPresent() && !after.lastSuccessAt().equals(before.health().lastSuccessAt());
    }

    /** The account with its own user id, asked of the network when it is not known yet (once, until it is). */
    private ChannelAccount withOwnUserId(ChannelAccount account, ChannelDriver driver, Credentials secrets) {
        if (account.ownUserId().isPresent()) {
            return account;
        }
        if (driver.verify(account.api(), secrets) instanceof Verification.Verified verified
                && !verified.ownUserId().isBlank()) {
            accounts.recordOwnUserId(account.id(), verified.ownUserId());
            LOG.info("Account {} ({}): its own user id is {}", account.id(), account.kind().key(),
                    verified.ownUserId());
            return accounts.byId(account.id()).orElse(account);
        }
        return account;
    }

    /** The page without what was posted before the account was connected (less the backfill hours asked for). */
    private static FetchResult withoutBacklog(FetchResult result, java.time.Instant from) {
        if (!(result instanceof FetchResult.Page page)) {
            return result;
        }
        return new FetchResult.Page(page.posts().stream().filter(post -> !post.occurredAt().isBefore(from))
                .toList(), page.cursor(), page.more(), page.throttledUntil(), page.unreadable(), page.notice());
    }

    private void record(ChannelAccount account, AccountHealth health) {
        accounts.recordHealth(account.id(), health);
    }
}
