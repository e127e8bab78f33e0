package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_INSIGHTS_REQUEST: what the insights rollup knows of one request with social contacts or calls, or
 * with a public agent comment: the channel it came in on and when, when it was first answered (in kind or by a public
 * agent comment), since when its newest contact
 * has waited for an answer (none: answered), and how many contacts on how many channels it holds. One row per
 * request; no person named. Indexed for the questions a page asks: a desk's requests first contacted in a period,
 * those waiting longest, and those contacted lately.
 */
@Preload
@Table("InsightsRequest")
public interface InsightsRequestEntity extends Entity {
    @NotNull
    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    int getServiceDeskId();

    void setServiceDeskId(int serviceDeskId);

    @NotNull
    String getChannel();

    void setChannel(String channel);

    @Indexed
    long getFirstContactAt();

    void setFirstContactAt(long firstContactAt);

    Long getFirstResponseAt();

    void setFirstResponseAt(Long firstResponseAt);

    @Indexed
    Long getWaitingSince();

    void setWaitingSince(Long waitingSince);

    /** Indexed: the repeat-contact list asks for the requests contacted since the start of the range. */
    @Indexed
    long getLastContactAt();

    void setLastContactAt(long lastContactAt);

    int getContacts();

    void setContacts(int contacts);

    /** When *waiting too long* was fired for the current wait (a wait after it fires again). */
    Long getWaitSignaledAt();

    void setWaitSignaledAt(Long waitSignaledAt);

    /** When *repeat contact* was fired: once per request. */
    Long getRepeatSignaledAt();

    void setRepeatSignaledAt(Long repeatSignaledAt);

    /** The request type JSM records for the request (null: not known, e.g. counted before version 1.9). */
    Integer getRequestTypeId();

    void setRequestTypeId(Integer requestTypeId);

    /**
     * The request's time to first response as JSM's *Time to first response* SLA measured it (its calendar's working
     * time), when the desk has that SLA and its first cycle had stopped when the response was counted; else null.
     */
    Long getSlaResponseMs();

    void setSlaResponseMs(Long slaResponseMs);

    /** The channels' keys, comma-separated, in the order they first appeared. */
    String getChannels();

    void setChannels(String channels);
}
