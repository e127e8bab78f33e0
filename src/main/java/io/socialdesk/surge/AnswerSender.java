package io.socialdesk.surge;

import io.socialdesk.agent.ReplyLog;
import io.socialdesk.agent.ReplyText;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.BulkReplies;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.intake.Interaction;
import io.socialdesk.request.RequestDesk;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sends an account's due incident replies after each routing run, under the account's lock, within the channel's
 * {@link BulkReplies} pace counted from the store (so every node shares one budget). Each reply is recorded SENDING
 * with its own reply row before the network is asked, and SENT only after; a reply a crash left SENDING is sent again
 * with the same idempotency key where the network honours one (Mastodon), else marked IN_DOUBT for an agent to
 * check, never sent twice. A rate limit or refused credentials put the reply back for a later run.
 */
@Component
public class AnswerSender {
    /** Replies per run and account: the account's lock is not held for long, the next run goes on. */
    static final int PER_RUN = 25;
    /** An account whose pace is spent is looked at again after this, not every run. */
    static final Duration PACED_PAUSE = Duration.ofMinutes(1);

    private final AnswerStore answers;
    private final ChannelCatalog channels;
    private final CredentialStore credentials;
    private final ReplyLog replies;
    private final RequestDesk desk;
    private final Clock clock;

    @Inject
    public AnswerSender(AnswerStore answers, ChannelCatalog channels, CredentialStore credentials, ReplyLog replies,
                        RequestDesk desk, Clock clock) {
        this.answers = answers;
        this.channels = channels;
        this.credentials = credentials;
        this.replies = replies;
        this.desk = desk;
        this.clock = clock;
    }

    /**
     * Sends the account's due replies within its pace; answers when to send again while any is left: the next run,
     * or after {@link #PACED_PAUSE} when the pace is spent.
     */
    public Optional<Instant> sendDue(ChannelAccount account) {
        Optional<ChannelDriver> driver = channels.driver(account.kind());
        if (driver.isEmpty() || account.health().status() == AccountStatus.DISABLED
                || !driver.get().spec().bulkReplies().allowed()) {
            return Optional.empty();
        }
        BulkReplies pace = driver.get().spec().bulkReplies();
        Instant now = clock.instant();
        int budget = Math.min(PER_RUN, pace.replies() - answers.sentSince(account.id(), now.minus(pace.per())));
        boolean paceSpent = budget <= 0;
        if (!paceSpent) {
            Set<Long> touched = new HashSet<>();
            for (AnswerStore.Due due : answers.due(account.id(), budget)) {
                touched.add(due.answer().id());
                if (!send(account, driver.get(), pace, due)) {
                    break; // the network refused or did not answer: the next run tries again
                }
            }
            touched.forEach(answers::doneIfFinished);
        }
        if (answers.due(account.id(), 1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(paceSpent ? now.plus(PACED_PAUSE) : now);
    }

    /** False when the account should send nothing more in this run (a rate limit, refused credentials). */
    private boolean send(ChannelAccount account, ChannelDriver driver, BulkReplies pace, AnswerStore.Due due) {
        IncidentSend send = due.send();
        String label = driver.spec().label();
        if (due.post().isEmpty()) {
            answers.finish(send.id(), IncidentSend.Status.FAILED, Optional.of("the customer's post was erased"),
                    clock.instant());
            return true;
        }
        Interaction post = due.post().get();
        boolean repeat = send.status() == IncidentSend.Status.SENDING;
        if (repeat && !pace.idempotent()) {
            answers.finish(send.id(), IncidentSend.Status.IN_DOUBT, Optional.of("SocialDesk stopped while sending"
                    + " this reply; check on " + label + " whether it arrived before answering again"),
                    clock.instant());
            return true;
        }
        Optional<String> text = PersonalReply.text(due.answer().body(), post.post(), driver.spec().replyRule());
        if (text.isEmpty()) {
            answers.finish(send.id(), IncidentSend.Status.FAILED, Optional.of("the answer is too long for "
                    + label + " even without greeting and quote"), clock.instant());
            return true;
        }
        String agent = due.answer().agentKey();
        long replyId = repeat ? send.replyId().orElseThrow()
                : answers.begin(send, post, text.get(), agent, clock.instant());
        SendResult result = driver.reply(account.api(), credentials.credentials(account.id()), new OutboundReply(
                post.post().externalId(), post.post().kind(), post.post().author().externalUserId(),
                post.post().author().handle(), text.get(), "socialdesk-reply-" + replyId));
        return switch (result) {
            case SendResult.Sent sent -> {
                replies.sent(replyId, sent.externalId(), sent.url());
                if (!repeat || !desk.commentedFor(replyId)) {
                    desk.comment(send.issueId(), replyId, ReplyText.sent(label, post.post().author().handle(),
                            text.get(), sent.url()), false, agent);
                }
                answers.finish(send.id(), IncidentSend.Status.SENT, Optional.empty(), clock.instant());
                yield true;
            }
            case SendResult.Failed failed -> failed(send, replyId, pace, failed, new Attempt(label, text.get(), agent));
        };
    }

    /** What was tried: on which network, with which text, as which agent. */
    private record Attempt(String label, String text, String agent) {
    }

    private boolean failed(IncidentSend send, long replyId, BulkReplies pace, SendResult.Failed failed,
                           Attempt attempt) {
        String label = attempt.label();
        switch (failed.failure()) {
            case RATE_LIMITED, AUTH_FAILED, BILLING_PAUSED -> {
                // nothing was posted: this reply row records the attempt, a later run begins a new one
                replies.failed(replyId, failed.reason() + " (SocialDesk tries again later)");
                answers.retryLater(send.id(), clock.instant());
                return false;
            }
            case UNAVAILABLE -> {
                if (pace.idempotent()) {
                    return false; // stays SENDING: the next run sends again with the same key
                }
                replies.failed(replyId, failed.reason());
                answers.finish(send.id(), IncidentSend.Status.IN_DOUBT, Optional.of(label + " did not answer ("
                        + failed.reason() + "); check whether the reply arrived before answering again"),
                        clock.instant());
                return true;
            }
            default -> {
                replies.failed(replyId, failed.reason());
                desk.comment(send.issueId(), replyId, ReplyText.failed(label, failed.reason(), attempt.text()), true,
                        attempt.agent());
                answers.finish(send.id(), IncidentSend.Status.FAILED, Optional.of(failed.reason()),
                        clock.instant());
                return true;
            }
        }
    }
}
