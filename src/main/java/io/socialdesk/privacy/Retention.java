package io.socialdesk.privacy;

import io.socialdesk.admin.AdminAudit;
import io.socialdesk.admin.SettingsStore;
import io.socialdesk.media.RequestAttachments;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The retention setting applied: interactions that happened more than N months ago are deleted, in batches so that no
 * transaction grows with the backlog, and contacts left with nothing are removed. Run by a job once per cluster;
 * deleting is idempotent, so a run that overlaps another or stops half-way is harmless.
 */
@Component
public class Retention {
    static final int BATCH = 500;

    private final SettingsStore settings;
    private final ContactRecords records;
    private final AdminAudit audit;
    private final Clock clock;

    private final RequestAttachments attachments;

    @Inject
    public Retention(SettingsStore settings, ContactRecords records, AdminAudit audit, Clock clock,
                     RequestAttachments attachments) {
        this.attachments = attachments;
        this.settings = settings;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies the setting now; nothing when it is 0 (keep). */
    public ContactRecords.Purged apply() {
        int months = settings.read().retentionMonths();
        if (months <= 0) {
            return new ContactRecords.Purged(0, 0);
        }
        var cutoff = clock.instant().atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        int interactions = 0;
        int contacts = 0;
        ContactRecords.Purged batch;
        do {
            batch = records.purgeBefore(cutoff, BATCH);
            // the files SocialDesk attached for what aged out go with it; Jira's own records of the request stay
            batch.media().forEach(files -> attachments.remove(files.issueId(), files.prefix()));
            interactions += batch.interactions();
            contacts += batch.contacts();
        } while (batch.interactions() == BATCH);
        if (interactions > 0 || contacts > 0) {
            audit.record(AdminAudit.Change.RETENTION_APPLIED, Map.of(
                    "socialdesk.audit.attr.interactions", Integer.toString(interactions),
                    "socialdesk.audit.attr.contacts", Integer.toString(contacts),
                    "socialdesk.audit.attr.cutoff", cutoff.toString()));
        }
        return new ContactRecords.Purged(interactions, contacts);
    }
}
