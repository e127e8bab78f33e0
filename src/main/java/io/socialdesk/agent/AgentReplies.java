package io.socialdesk.agent;

import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelDrivers;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.SignalPublisher;
import io.socialdesk.request.RequestDesk;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * DESIGN §7, reply in kind: checked for length, recorded, sent through the account's driver in reply to the
 * request's newest inbound post, then a public comment with the link. On failure the agent gets the reason, an
 * internal comment records it with the unsent text, and nothing claims success.
 */
@Component
public class AgentReplies {
    private final ReplyTarget targets;
    private final ReplyLog replies;
    private final ChannelDrivers drivers;
    private final CredentialStore credentials;
    private final RequestDesk desk;
    private final SignalPublisher signals;

    @Inject
    public AgentReplies(ReplyTarget targets, ReplyLog replies, ChannelDrivers drivers, CredentialStore credentials,
                        RequestDesk desk, SignalPublisher signals) {
        this.targets = targets;
        this.replies = replies;
        this.drivers = drivers;
        this.credentials = credentials;
        this.desk = desk;
        this.signals = signals;
    }

    public ReplyOutcome send(IssueAccess.IssueRef issue, String agentKey, String text) {
        Optional<ReplyTarget.Target> found = targets.forIssue(issue.id());
        if (found.isEmpty()) {
            return new ReplyOutcome.Rejected("issue", "this request has no social post to reply to");
        }
        ReplyTarget.Target target = found.get();
        ChannelAccount account = target.account();
        Optional<String> tooLong = ReplyLength.problem(account.kind(), text);
        if (tooLong.isPresent()) {
            return new ReplyOutcome.Rejected("text", tooLong.get());
        }
        long replyId = replies.start(target, issue.id(), agentKey, text);
        Interaction post = target.post();
        SendResult result = drivers.forKind(account.kind())
                .map(driver -> driver.reply(account.apiBaseUrl(), credentials.credentials(account.id()),
                        new OutboundReply(post.post().externalId(), post.post().kind(),
                                post.post().author().externalUserId(), post.post().author().handle(), text,
                                "socialdesk-reply-" + replyId)))
                .orElseGet(() -> new SendResult.Failed(SendResult.SendFailure.UNAVAILABLE,
                        "no driver for " + account.kind().key()));
        return switch (result) {
            case SendResult.Sent sent -> {
                replies.sent(replyId, sent.externalId(), sent.url());
                desk.comment(issue.id(), replyId, ReplyText.sent(account.kind(), post.post().author().handle(),
                        text, sent.url()), false, agentKey);
                signals.publish(issue.id(), SocialEventType.REPLY_SENT, account, post, agentKey);
                yield new ReplyOutcome.Sent(replyId, sent.url());
            }
            case SendResult.Failed failed -> {
                replies.failed(replyId, failed.reason());
                desk.comment(issue.id(), replyId, ReplyText.failed(account.kind(), failed.reason(), text), true,
                        agentKey);
                signals.publish(issue.id(), SocialEventType.REPLY_FAILED, account, post, agentKey);
                yield new ReplyOutcome.Failed(failed.reason());
            }
        };
    }
}
