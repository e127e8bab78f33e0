package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_INSIGHTS_MARK: one row, how far the insights rollup has counted (an interaction id: a position, not
 * a reference — the interaction may be gone since). It moves in the
 * same transaction as the counts, so a crash never counts an interaction twice or not at all.
 */
@Preload
@Table("InsightsMark")
public interface InsightsMarkEntity extends Entity {
    long getCountedThrough();

    void setCountedThrough(long countedThrough);
}
