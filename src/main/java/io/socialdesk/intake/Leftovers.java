package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import jakarta.inject.Inject;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * What a crash between routing and publishing left undone: routed interactions whose publication is missing are
 * published by the job, each under its contact's lock and only if still unpublished, so a contact being routed right
 * now is not published twice. Interactions owing a notice are the notices' business.
 */
@Component
public class Leftovers {
    static final int BATCH = 200;
    private static final Duration CONTACT_LOCK_WAIT = Duration.ofSeconds(2);

    private final InteractionLog log;
    private final ClusterLocks locks;
    private final SignalPublisher publisher;
    private final ContactNotices notices;

    @Inject
    public Leftovers(InteractionLog log, ClusterLocks locks, SignalPublisher publisher, ContactNotices notices) {
        this.log = log;
        this.locks = locks;
        this.publisher = publisher;
        this.notices = notices;
    }

    public int publish(ChannelAccount account) {
        int published = 0;
        for (Interaction listed : log.unpublished(account.id(), BATCH)) {
            if (listed.contactId().isEmpty() || notices.owed(account, listed)) {
                continue;
            }
            published += locks.tryWith(LockNames.contact(listed.contactId().get()), CONTACT_LOCK_WAIT, () ->
                    log.reload(listed.id()).filter(i -> !i.published()).map(i -> {
                                publisher.publish(account, i);
                                return 1;
                            }).orElse(0)).orElse(0);
        }
        notices.sendOwed(account);
        return published;
    }
}
