package io.socialdesk.agent;

import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.DeliverySettingsSource;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the panel tells an agent about a reply before it is written: the network it goes to, whether it also becomes a
 * public comment, who can see it there, and how many of the request's pictures it may carry.
 */
@Component
public class ReplyPreview {
    /** {@code pictures}: how many pictures the network takes with this reply (0: none). */
    public record Preview(Optional<String> channel, boolean inPortal, Optional<HistoryView.ReplyAudience> audience,
                          int pictures) {
        static final Preview NONE = new Preview(Optional.empty(), false, Optional.empty(), 0);
    }

    private final ReplyTarget replies;
    private final DeliverySettingsSource delivery;
    private final ChannelCatalog channels;

    @Inject
    public ReplyPreview(ReplyTarget replies, DeliverySettingsSource delivery, ChannelCatalog channels) {
        this.replies = replies;
        this.delivery = delivery;
        this.channels = channels;
    }

    public Preview of(long issueId) {
        return replies.forIssue(issueId).map(target -> {
            PostKind kind = delivery.delivery().replyKind(target.post().post().kind());
            int pictures = channels.spec(target.account().kind()).map(spec -> spec.replyMedia().maxFor(kind))
                    .orElse(0);
            return new Preview(Optional.of(target.account().kind()).map(ChannelKind::key),
                    delivery.delivery().alsoInPortal(target.account().target().serviceDeskId()),
                    Optional.of(audience(kind)), pictures);
        }).orElse(Preview.NONE);
    }

    private static HistoryView.ReplyAudience audience(PostKind reply) {
        return switch (reply) {
            case DIRECT_MESSAGE -> HistoryView.ReplyAudience.CUSTOMER;
            case FOLLOWERS_ONLY -> HistoryView.ReplyAudience.FOLLOWERS;
            default -> HistoryView.ReplyAudience.PUBLIC;
        };
    }
}
