package io.socialdesk.intake;

import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls one account: fetches pages and records each with its cursor (receive and record-first, the pipeline's first
 * steps; docs/architecture.md), then stores the account's health. At most {@link #MAX_PAGES} pages per run keep memory and lock time bounded in a burst; when more are
 * waiting the account is due again at once.
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

    public void poll(ChannelAccount account) {
        Optional<ChannelDriver> driver = channels.driver(account.kind());
        if (driver.isEmpty()) {
            record(account, policy.after(new FetchResult.Unavailable("no driver for " + account.kind().key()),
                    account.health(), account.interval(), clock.instant()));
            return;
        }
        Credentials secrets = credentials.credentials(account.id());
        Optional<String> cursor = account.cursor();
        AccountHealth health = account.health();
        boolean more = false;
        for (int page = 0; page < MAX_PAGES; page++) {
            FetchResult result = driver.get().fetch(account.api(), secrets, cursor);
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
    }

    private void record(ChannelAccount account, AccountHealth health) {
        accounts.recordHealth(account.id(), health);
    }
}
