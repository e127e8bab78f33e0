package io.socialdesk.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.store.PipelineMarkEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Model version 3. Where a post stands in the pipeline had two older representations besides today's pipeline marks:
 * a routing attempt in progress as status {@code ROUTING} in the row, and a publication owed as the account id in
 * {@code PUBLISH_FOR}. Each such row becomes what the current code writes (status {@code RECEIVED} with a ROUTING
 * mark; a PUBLISH mark with {@code PUBLISH_FOR} cleared), so the code reads one representation only. Idempotent: a
 * mark that exists is not added twice, and AO may run the task again after a failure.
 */
public final class MarkedPipeline implements ActiveObjectsUpgradeTask {
    private static final String ROUTING = "ROUTING";
    private static final String PUBLISH = "PUBLISH";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(InteractionEntity.class, PipelineMarkEntity.class);
        for (InteractionEntity row : ao.find(InteractionEntity.class, Query.select().where("STATUS = ?", ROUTING))) {
            ao.executeInTransaction(() -> {
                mark(ao, row, ROUTING, row.getAccountId());
                row.setStatus("RECEIVED"); // its pending queue (PENDING_FOR) was set when it was recorded
                row.save();
                return null;
            });
        }
        for (InteractionEntity row : ao.find(InteractionEntity.class,
                Query.select().where("PUBLISH_FOR IS NOT NULL"))) {
            ao.executeInTransaction(() -> {
                mark(ao, row, PUBLISH, row.getPublishFor());
                row.setPublishFor(null);
                row.save();
                return null;
            });
        }
    }

    private static void mark(ActiveObjects ao, InteractionEntity row, String stage, int accountId) {
        boolean marked = ao.count(PipelineMarkEntity.class, Query.select()
                .where("INTERACTION_ID = ? AND STAGE = ?", row.getID(), stage)) > 0;
        if (!marked) {
            ao.create(PipelineMarkEntity.class, new DBParam("INTERACTION_ID", row.getID()),
                    new DBParam("ACCOUNT_ID", accountId), new DBParam("STAGE", stage),
                    new DBParam("CONTACT_ID", ROUTING.equals(stage) ? row.getContactId() : null),
                    new DBParam("OCCURRED_AT", row.getOccurredAt()));
        }
    }
}
