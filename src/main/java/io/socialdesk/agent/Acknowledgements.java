package io.socialdesk.agent;

import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.intake.DeliverySettings;
import io.socialdesk.intake.DeliverySettingsSource;
import io.socialdesk.intake.Interaction;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestLinks;
import io.socialdesk.request.RequestState;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The optional acknowledgement in kind ({@link DeliverySettings#acknowledgement}): when a post made a request, its
 * author is told on their channel, once, which request it is, with its address if they have a portal account to open
 * it with. Sent by the intake job after routing, under the account's lock; the post is marked in the same
 * transaction that records the reply, before the network is asked, so a crash can cost an acknowledgement but never
 * send two. Calls get none. Only posts routed in the last {@link #WINDOW} are acknowledged, so turning the setting on
 * does not reply to old requests.
 */
@Component
public class Acknowledgements {
    static final Duration WINDOW = Duration.ofHours(1);
    static final int BATCH = 25;
    private static final Logger LOG = LoggerFactory.getLogger(Acknowledgements.class);

    private final ReplyLog replies;
    private final io.socialdesk.channel.ChannelCatalog channels;
    private final CredentialStore credentials;
    private final RequestDesk desk;
    private final RequestLinks links;
    private final DeliverySettingsSource delivery;
    private final Clock clock;

    @Inject
    public Acknowledgements(ReplyLog replies, io.socialdesk.channel.ChannelCatalog channels,
                            CredentialStore credentials, RequestDesk desk, RequestLinks links,
                            DeliverySettingsSource delivery, Clock clock) {
        this.replies = replies;
        this.channels = channels;
        this.credentials = credentials;
        this.desk = desk;
        this.links = links;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Sends what the account owes; answers when to look again (the next run while a batch was full). */
    public Optional<Instant> sendOwed(ChannelAccount account) {
        DeliverySettings settings = delivery.delivery();
        Optional<ChannelDriver> driver = channels.driver(account.kind());
        // a channel not answered in writing (the phone) has no driver
        if (settings.acknowledgement().isBlank() || driver.isEmpty()
                || account.health().status() == AccountStatus.DISABLED) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var owed = replies.unacknowledged(account.id(), now.minus(WINDOW), BATCH);
        for (ReplyLog.Unacknowledged unacknowledged : owed) {
            acknowledge(account, driver.get(), settings, unacknowledged);
        }
        return owed.size() == BATCH ? Optional.of(now) : Optional.empty();
    }

    private void acknowledge(ChannelAccount account, ChannelDriver driver, DeliverySettings settings,
                             ReplyLog.Unacknowledged owed) {
        Interaction post = owed.post();
        Optional<RequestState> request = post.issueId().flatMap(desk::state);
        if (request.isEmpty()) {
            return;
        }
        String text = settings.acknowledgementFor(request.get().key()).orElseThrow()
                + (owed.portalCustomer() ? " " + links.forCustomer(request.get().key()) : "");
        OutboundReply reply = new OutboundReply(post.post().externalId(), settings.replyKind(post.post().kind()),
                post.post().author().externalUserId(), post.post().author().handle(), text, "");
        Optional<String> refused = driver.spec().replyRule().problem(reply);
        Optional<Long> started = replies.startAcknowledgement(new ReplyTarget.Target(account, post),
                request.get().issueId(), text);
        if (started.isEmpty()) {
            return;
        }
        long replyId = started.get();
        String label = driver.spec().label();
        if (refused.isPresent()) {
            replies.failed(replyId, refused.get());
            desk.comment(request.get().issueId(), replyId, ReplyText.failed(label, refused.get(), text), true,
                    account.intakeUserKey());
            return;
        }
        SendResult result = driver.reply(account.api(), credentials.credentials(account.id()), new OutboundReply(
                reply.inReplyToExternalId(), reply.kind(), reply.recipientUserId(), reply.recipientHandle(), text,
                "socialdesk-reply-" + replyId));
        switch (result) {
            case SendResult.Sent sent -> {
                replies.sent(replyId, sent.externalId(), sent.url());
                desk.comment(request.get().issueId(), replyId, ReplyText.sent(label, post.post().author().handle(),
                        text, sent.url()), true, account.intakeUserKey());
            }
            case SendResult.Failed failed -> {
                LOG.info("Account {}: the acknowledgement of {} was not sent: {}", account.id(),
                        request.get().key(), failed.reason());
                replies.failed(replyId, failed.reason());
                desk.comment(request.get().issueId(), replyId, ReplyText.failed(label, failed.reason(), text), true,
                        account.intakeUserKey());
            }
        }
    }
}
