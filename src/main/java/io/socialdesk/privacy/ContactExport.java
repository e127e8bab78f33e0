package io.socialdesk.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything SocialDesk holds about one contact, for the person it is about (a data subject access or portability
 * request): the contact, its identities on every channel and every interaction stored with it, inbound and outbound,
 * with the request each is on. What SocialDesk wrote into Jira requests is Jira's own data and is exported there.
 */
public record ContactExport(long contactId, String displayName, Optional<String> customerKey, Instant createdAt,
                            List<Identity> identities, List<Entry> interactions) {

    /** One handle or number of the contact on one channel. */
    public record Identity(String channel, String userId, String handle, String displayName) {
    }

    /**
     * One stored interaction: a post, message or call from the contact, or a reply sent to them. {@code mediaPrefix}
     * names the attachments made of its media; {@code attachments}: those on its request.
     */
    public record Entry(long id, String channel, String direction, String kind, Instant occurredAt, String text,
                        Optional<String> url, Optional<String> authorHandle, Optional<Long> issueId,
                        Optional<String> outcome, Optional<Integer> callSeconds, Optional<String> disposition,
                        List<io.socialdesk.channel.Media> media, Optional<String> mediaPrefix,
                        List<io.socialdesk.media.RequestAttachments.Stored> attachments) {
        public Entry withAttachments(List<io.socialdesk.media.RequestAttachments.Stored> found) {
            return new Entry(id, channel, direction, kind, occurredAt, text, url, authorHandle, issueId, outcome,
                    callSeconds, disposition, media, mediaPrefix, List.copyOf(found));
        }
    }

    public ContactExport withInteractions(List<Entry> entries) {
        return new ContactExport(contactId, displayName, customerKey, createdAt, identities, entries);
    }
}
