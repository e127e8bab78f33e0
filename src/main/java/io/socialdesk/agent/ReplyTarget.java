package io.socialdesk.agent;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.intake.Interaction;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a reply from a request answers: the newest inbound post on it from a social account that still exists.
 * Requests that came by phone or from the portal have none, and the panel offers no reply there.
 */
@Component
public class ReplyTarget {
    public record Target(ChannelAccount account, Interaction post) {
    }

    private final HistoryLog history;
    private final ChannelAccounts accounts;
    private final ChannelCatalog channels;

    @Inject
    public ReplyTarget(HistoryLog history, ChannelAccounts accounts, ChannelCatalog channels) {
        this.history = history;
        this.accounts = accounts;
        this.channels = channels;
    }

    public Optional<Target> forIssue(long issueId) {
        return history.latestInboundPost(issueId).flatMap(post -> accounts.byId(post.accountId())
                .filter(account -> channels.driver(account.kind()).isPresent()) // answered in writing
                .map(account -> new Target(account, post)));
    }
}
