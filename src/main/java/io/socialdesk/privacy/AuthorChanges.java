package io.socialdesk.privacy;

import io.socialdesk.admin.AdminAudit;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Edit;
import io.socialdesk.intake.InboundText;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.viral.PostChanges;
import io.socialdesk.media.RequestAttachments;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What authors change after SocialDesk took their posts in. A deleted post is withdrawn: its words, media, context and
 * link leave SocialDesk's store (the row stays, saying when it was deleted, so the customer's history and the counts
 * stay whole), and what SocialDesk wrote of it in Jira — the comment, or the request it created — is replaced by a
 * note; the {@code socialdesk} property stays (it describes the request, not the post); audited without content. An
 * edited post's new words replace the old ones in the history, marked edited, and reach its request as an internal
 * note (the customer is not e-mailed their own edit), marked with the post so erasure and deletion find it too.
 */
@Component
public class AuthorChanges implements PostChanges {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final String SUMMARY = "Social contact (deleted by its author)";

    private final ContactRecords records;
    private final RequestRedaction redaction;
    private final ChannelCatalog channels;
    private final AdminAudit audit;
    private final RequestDesk desk;

    private final RequestAttachments attachments;

    @Inject
    public AuthorChanges(ContactRecords records, RequestRedaction redaction, ChannelCatalog channels,
                         AdminAudit audit, RequestDesk desk, RequestAttachments attachments) {
        this.attachments = attachments;
        this.records = records;
        this.redaction = redaction;
        this.channels = channels;
        this.audit = audit;
        this.desk = desk;
    }

    @Override
    public void edited(ChannelAccount account, long interactionId, long issueId, Edit edit) {
        if (!records.edited(interactionId, edit.text(), edit.editedAt())) {
            return; // this edit was applied before
        }
        desk.comment(issueId, interactionId, "_Edited by its author on " + network(account) + ", "
                + WHEN.format(edit.editedAt()) + ":_\n{quote}\n" + InboundText.escape(edit.text()) + "\n{quote}", true,
                account.intakeUserKey());
    }

    private String network(ChannelAccount account) {
        return channels.spec(account.kind()).map(ChannelSpec::label).orElse(account.kind().key());
    }

    @Override
    public void withdraw(ChannelAccount account, long interactionId, Instant noticedAt) {
        String network = network(account);
        String when = WHEN.format(noticedAt);
        // before the store forgets its media: the names of the files to remove come from them
        records.attachedOf(interactionId).ifPresent(files -> attachments.remove(files.issueId(), files.prefix()));
        redaction.redact(interactionId, Optional.empty(), account.intakeUserKey(), SUMMARY,
                "[Deleted by its author on " + network + " (noticed " + when + "): SocialDesk removed the text it "
                        + "wrote here.]");
        records.withdrawn(interactionId, "[Deleted by its author on " + network + ", noticed " + when + "]");
        audit.record(AdminAudit.Change.POST_WITHDRAWN, Map.of("socialdesk.audit.attr.channel", network,
                "socialdesk.audit.attr.interaction", Long.toString(interactionId)));
    }
}
