package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When the intake job visits an account. A run visits only the accounts that need it: polled ones due for their poll
 * and those with other work due (the time a visit worked out) or woken (work added outside a visit), found in one
 * indexed query, so a quiet account costs a run nothing. Implemented on the account rows in {@code store}.
 */
public interface AccountVisits {
    /** The accounts a run at {@code now} visits, by id; {@code polled}: the kinds that are polled. */
    List<ChannelAccount> due(Instant now, Collection<ChannelKind> polled);

    /**
     * Under the account's lock: the account as stored now if it still needs a visit (another node may have made
     * it since it was listed), its wake cleared and its next visit set to {@code lease} (when a visit that dies on
     * the way is taken up again) before its work is looked at; empty if it needs none.
     */
    Optional<ChannelAccount> begin(long accountId, Instant now, Instant lease, Collection<ChannelKind> polled);

    /** Under the account's lock, after a visit: when it needs the next one besides its polls (empty: none). */
    void next(long accountId, Optional<Instant> at);

    /** Work was added for the account outside a visit (committed before this is called): the next run visits it. */
    void wake(long accountId);
}
