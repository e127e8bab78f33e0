package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_INSIGHTS_RESPONSE: public agent comments Jira announced, waiting for the insights rollup. A queue,
 * not a record: the listener only inserts (an agent's comment waits for nothing), and the rollup deletes each row in
 * the transaction that counts it, so rows live about one job interval and the agent's key with them.
 */
@Table("InsightsResponse")
public interface InsightsResponseEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getRespondedAt();

    void setRespondedAt(long respondedAt);

    /** Who commented: the rollup reads the request's origin and SLA as them, and skips SocialDesk's own users. */
    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);
}
