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
 * {@code reply}: where a reply goes, whether it also becomes a public comment (the customer then also sees it in the
 * portal and by e-mail), who can see it on the network and how many pictures it may carry, so the agent knows before
 * sending. {@code files}: by entry id, the attachments SocialDesk made of that post's
 * media on its request; {@code replyPictures}: the request's pictures a reply may carry (none when it may carry none).
 */
public record HistoryView(Optional<Contact> contact, List<Identity> identities, List<HistoryEntry> entries,
                          boolean more, int hidden, List<IssueAccess.IssueRef> otherRequests,
                          ReplyPreview.Preview reply, Map<Long, List<RequestAttachments.Stored>> files,
                          List<RequestAttachments.Stored> replyPictures) {
    /** Who can see a reply in kind on the network: anyone, the customer's followers, or the customer alone. */
    public enum ReplyAudience {
        PUBLIC,
        FOLLOWERS,
        CUSTOMER
    }
}
