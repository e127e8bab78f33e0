package io.socialdesk.agent;

import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Identity;
import io.socialdesk.media.RequestAttachments;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the panel shows for a request: the customer, their identities, a page of their timeline, other requests.
 * {@code hidden}: entries of this page left out because they are on requests the viewer may not browse.
 * {@code replyChannel}: where a reply goes; {@code replyInPortal}: whether it also becomes a public comment (the
 * customer then also sees it in the portal and by e-mail), and {@code replyAudience} who can see it on the network, so
 * the agent knows both before sending. {@code files}: by entry id, the attachments SocialDesk made of that post's
 * media on its request.
 */
public record HistoryView(Optional<Contact> contact, List<Identity> identities, List<HistoryEntry> entries,
                          boolean more, int hidden, List<IssueAccess.IssueRef> otherRequests,
                          Optional<String> replyChannel, boolean replyInPortal, Optional<ReplyAudience> replyAudience,
                          Map<Long, List<RequestAttachments.Stored>> files) {
    /** Who can see a reply in kind on the network: anyone, the customer's followers, or the customer alone. */
    public enum ReplyAudience {
        PUBLIC,
        FOLLOWERS,
        CUSTOMER
    }
}
