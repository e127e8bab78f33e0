package io.socialdesk.privacy;

import io.socialdesk.admin.AdminAudit;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.viral.DeletedPosts;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Withdraws a post its author deleted: its words, media, context and link leave SocialDesk's store (the row stays,
 * saying when it was deleted, so the customer's history and the counts stay whole), and what SocialDesk wrote of it
 * in Jira — the comment, or the request it created — is replaced by a note. The {@code socialdesk} property stays: it
 * describes the request, not the post. Audited without content.
 */
@Component
public class AuthorDeletions implements DeletedPosts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final String SUMMARY = "Social contact (deleted by its author)";

    private final ContactRecords records;
    private final RequestRedaction redaction;
    private final ChannelCatalog channels;
    private final AdminAudit audit;

    @Inject
    public AuthorDeletions(ContactRecords records, RequestRedaction redaction, ChannelCatalog channels,
                           AdminAudit audit) {
        this.records = records;
        this.redaction = redaction;
        this.channels = channels;
        this.audit = audit;
    }

    @Override
    public void withdraw(ChannelAccount account, long interactionId, Instant noticedAt) {
        String network = channels.spec(account.kind()).map(ChannelSpec::label).orElse(account.kind().key());
        String when = WHEN.format(noticedAt);
        redaction.redact(interactionId, Optional.empty(), account.intakeUserKey(), SUMMARY,
                "[Deleted by its author on " + network + " (noticed " + when + "): SocialDesk removed the text it "
                        + "wrote here.]");
        records.withdrawn(interactionId, "[Deleted by its author on " + network + ", noticed " + when + "]");
        audit.record(AdminAudit.Change.POST_WITHDRAWN, Map.of("socialdesk.audit.attr.channel", network,
                "socialdesk.audit.attr.interaction", Long.toString(interactionId)));
    }
}
