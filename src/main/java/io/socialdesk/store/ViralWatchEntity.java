package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_VIRAL_WATCH: what viral-risk watching knows of one customer post, created at its first read (posts
 * never read have no row, so intake writes nothing for it). {@code INTERACTION_ID} is unique: one row per post.
 * {@code LAST_READ_AT} is indexed because every run counts the account's reads of the last budget period.
 */
@Preload
@Table("ViralWatch")
public interface ViralWatchEntity extends Entity {
    @NotNull
    @Unique
    long getInteractionId();

    void setInteractionId(long interactionId);

    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    /** When the post was made: rows older than the watch period are never asked for. */
    @Indexed
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    /** Indexed: each run asks for the account's rows due, soonest first. */
    @Indexed
    long getNextReadAt();

    void setNextReadAt(long nextReadAt);

    @Indexed
    Long getLastReadAt();

    void setLastReadAt(Long lastReadAt);

    /** WATCHING, or GONE once the network no longer shows the post. */
    @NotNull
    String getState();

    void setState(String state);

    Long getReposts();

    void setReposts(Long reposts);

    Long getQuotes();

    void setQuotes(Long quotes);

    Long getLikes();

    void setLikes(Long likes);

    Long getReplies();

    void setReplies(Long replies);

    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    /** When the post was found at risk and its event fired; null while it is not. */
    @Indexed
    Long getFlaggedAt();

    void setFlaggedAt(Long flaggedAt);
}
