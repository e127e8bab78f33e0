package io.socialdesk.agent;

import io.socialdesk.intake.DeliverySettingsSource;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
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
 * Reply in kind: checked against the network's rule, recorded, sent through the account's driver in reply to the
 * request's newest inbound post, then a comment with the link: an internal note, so the customer receives the reply
 * once, on their channel; a public comment (portal and JSM's e-mail too) where the admin chose that for the service
 * desk ({@link DeliverySettings}). On failure the agent gets the reason, an internal comment records it with the
 * unsent text, and nothing claims success.
 */
@Component
public class AgentReplies {
    private final ReplyTarget targets;
    private final ReplyLog replies;
    private final ChannelCatalog channels;
    private final CredentialStore credentials;
    private final RequestDesk desk;
    private final SignalPublisher signals;
    private final DeliverySettingsSource delivery;

    @Inject
    public AgentReplies(ReplyTarget targets, ReplyLog replies, ChannelCatalog channels, CredentialStore credentials,
                        RequestDesk desk, SignalPublisher signals, DeliverySettingsSource delivery) {
        this.targets = targets;
        this.replies = replies;
        this.channels = channels;
        this.credentials = credentials;
        this.desk = desk;
        this.signals = signals;
        this.delivery = delivery;
    }

    public ReplyOutcome send(IssueAccess.IssueRef issue, String agentKey, String text) {
        return send(issue, agentKey, text, java.util.List.of());
    }

    /** With pictures from the request ({@code media}, checked against the network's allowance before sending). */
    public ReplyOutcome send(IssueAccess.IssueRef issue, String agentKey, String text,
                             java.util.List<io.socialdesk.channel.ReplyMedia> media) {
        Optional<ReplyTarget.Target> found = targets.forIssue(issue.id());
        if (found.isEmpty()) {
            return new ReplyOutcome.Rejected("issue", "this request has no social post to reply to");
        }
        ChannelAccount account = found.get().account();
        Interaction post = found.get().post();
        Optional<ChannelDriver> driver = channels.driver(account.kind());
        if (driver.isEmpty() || account.health().status() == AccountStatus.DISABLED) {
            return new ReplyOutcome.Rejected("issue", "the " + account.name() + " account is disabled or removed: "
                    + "an admin must enable it before replies can be sent from it");
        }
        ChannelSpec spec = driver.get().spec();
        if (ReplyText.visible(text).isEmpty()) {
            return new ReplyOutcome.Rejected("text", "the reply is empty");
        }
        OutboundReply reply = new OutboundReply(post.post().externalId(),
                delivery.delivery().replyKind(post.post().kind()),
                post.post().author().externalUserId(), post.post().author().handle(), text, "", media);
        Optional<String> refused = spec.replyRule().problem(reply);
        if (refused.isPresent()) {
            return new ReplyOutcome.Rejected("text", refused.get());
        }
        Optional<String> tooMuch = spec.replyMedia().problem(reply, spec.label());
        if (tooMuch.isPresent()) {
            return new ReplyOutcome.Rejected("attachments", tooMuch.get());
        }
        long replyId = replies.start(found.get(), issue.id(), agentKey, text);
        SendResult result = channels.interactive(() -> driver.get().reply(account.api(),
                credentials.credentials(account.id()), new OutboundReply(reply.inReplyToExternalId(), reply.kind(),
                        reply.recipientUserId(), reply.recipientHandle(), text, "socialdesk-reply-" + replyId,
                        media)));
        return switch (result) {
            case SendResult.Sent sent -> {
                replies.sent(replyId, sent);
                boolean inPortal = delivery.delivery().alsoInPortal(account.target().serviceDeskId());
                desk.comment(issue.id(), replyId, ReplyText.sent(spec.label(), post.post().author().handle(),
                        text, sent.url()) + ReplyText.with(media) + ReplyText.note(sent.note()), !inPortal,
                        agentKey);
                signals.signal(issue.id(), SocialEventType.REPLY_SENT, account, post, agentKey);
                yield new ReplyOutcome.Sent(replyId, sent.url(), sent.note());
            }
            case SendResult.Failed failed -> {
                replies.failed(replyId, failed.reason());
                desk.comment(issue.id(), replyId, ReplyText.failed(spec.label(), failed.reason(), text), true,
                        agentKey);
                signals.signal(issue.id(), SocialEventType.REPLY_FAILED, account, post, agentKey);
                yield new ReplyOutcome.Failed(failed.reason());
            }
        };
    }
}
