package io.socialdesk.privacy;

import io.socialdesk.media.RequestAttachments;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A contact's export: what SocialDesk's store holds, with the attachments it made of their media on each request
 * (their names, types and sizes: the files themselves are the request's, exported with it by Jira).
 */
@Component
public class ContactExports {
    private final ContactRecords records;
    private final RequestAttachments attachments;

    @Inject
    public ContactExports(ContactRecords records, RequestAttachments attachments) {
        this.records = records;
        this.attachments = attachments;
    }

    /** Empty when no contact has this id. */
    public Optional<ContactExport> of(long contactId) {
        Map<Long, List<RequestAttachments.Stored>> onRequest = new HashMap<>();
        return records.export(contactId).map(found -> found.withInteractions(found.interactions().stream()
                .map(entry -> entry.mediaPrefix().isEmpty() || entry.issueId().isEmpty() ? entry
                        : entry.withAttachments(onRequest.computeIfAbsent(entry.issueId().get(), attachments::on)
                        .stream().filter(a -> a.name().startsWith(entry.mediaPrefix().get())).toList()))
                .toList()));
    }
}
