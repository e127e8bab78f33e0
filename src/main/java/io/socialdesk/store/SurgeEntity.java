package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_SURGE: one surge of posts to one account, from its start to its end, with its incident request.
 * {@code ACTIVE_FOR} is the account id while the surge lasts (null once ended), the index the poll cycle asks.
 */
@Preload
@Table("Surge")
public interface SurgeEntity extends Entity {
    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    @Indexed
    Integer getActiveFor();

    void setActiveFor(Integer accountId);

    long getStartedAt();

    void setStartedAt(long startedAt);

    Long getEndedAt();

    void setEndedAt(Long endedAt);

    /** Posts a minute that started it; it ends below half of this. */
    double getThreshold();

    void setThreshold(double threshold);

    /** The account's usual posts a minute when it started. */
    double getBaseline();

    void setBaseline(double baseline);

    /** The highest posts a minute seen during the surge. */
    double getPeak();

    void setPeak(double peak);

    Long getIncidentIssueId();

    void setIncidentIssueId(Long issueId);

    /** The incident's words with their counts ("word 3\n..."), fixed when the incident was formed. */
    @StringLength(StringLength.UNLIMITED)
    String getTerms();

    void setTerms(String terms);

    /** Whether the end was published (surge ended event, property); a crash before it publishes it again. */
    boolean getEndPublished();

    void setEndPublished(boolean published);
}
