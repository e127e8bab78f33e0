package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_CHANNEL_ACCOUNT. Instants are epoch milliseconds: portable across Jira's databases and free of
 * JDBC time-zone conversions. Columns are never renamed or removed in place (AO would drop data); add new ones.
 */
// @Preload: finds load every column in one query; lazy loading would cost a query per field read (N+1)
@Preload
@Table("ChannelAccount")
public interface ChannelAccountEntity extends Entity {
    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getName();

    void setName(String name);

    /** Null for a pushed channel (a phone line), which has no API; nullable since model version 2. */
    @StringLength(StringLength.MAX_LENGTH)
    String getApiBaseUrl();

    void setApiBaseUrl(String apiBaseUrl);

    int getServiceDeskId();

    void setServiceDeskId(int serviceDeskId);

    int getRequestTypeId();

    void setRequestTypeId(int requestTypeId);

    long getPollSeconds();

    void setPollSeconds(long pollSeconds);

    @StringLength(StringLength.UNLIMITED)
    String getCredentials();

    void setCredentials(String credentials);

    /** The names of the stored secrets, comma-separated: what an admin sees as "set", without decrypting them. */
    String getCredentialNames();

    void setCredentialNames(String names);

    String getIntakeUserKey();

    void setIntakeUserKey(String intakeUserKey);

    String getOwnUserId();

    void setOwnUserId(String ownUserId);

    String getCursor();

    void setCursor(String cursor);

    @NotNull
    String getStatus();

    void setStatus(String status);

    Long getLastPollAt();

    void setLastPollAt(Long lastPollAt);

    Long getLastSuccessAt();

    void setLastSuccessAt(Long lastSuccessAt);

    @StringLength(StringLength.MAX_LENGTH)
    String getLastError();

    void setLastError(String lastError);

    /** What the admin should know although polling works (null: nothing). */
    @StringLength(StringLength.MAX_LENGTH)
    String getLastNotice();

    void setLastNotice(String lastNotice);

    Long getRateLimitResetAt();

    void setRateLimitResetAt(Long rateLimitResetAt);

    long getNextPollAt();

    void setNextPollAt(long nextPollAt);

    int getFailures();

    void setFailures(int failures);

    /**
     * When the intake job must visit the account next for work other than a poll (routing left pending, moves to
     * finish, incident replies to send, posts whose counts are due to be read); written only by a visit, under the
     * account's lock. NULL: not yet worked out (a new or upgraded account), so the next run visits it.
     */
    @Indexed
    Long getNextVisitAt();

    void setNextVisitAt(Long nextVisitAt);

    /**
     * When work for the account was added outside a visit (a pushed call, an agent's move or incident answer), so
     * the next run visits it; a visit clears it before it looks at the account's work. Only ever set to the time of
     * the change, never computed, so a wake and a visit never overwrite each other's column.
     */
    @Indexed
    Long getWokenAt();

    /**
     * Posts older than this are not taken in on the account's first poll: connecting never imports what is already in
     * the network's list, unless the admin asked for the last hours. NULL for accounts connected before this existed
     * (they have a cursor).
     */
    Long getHistoryFrom();

    void setHistoryFrom(Long historyFrom);

    void setWokenAt(Long wokenAt);
}
