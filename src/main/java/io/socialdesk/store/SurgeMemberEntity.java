package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_SURGE_MEMBER: SocialDesk's decision about one post during a surge, in or out of its incident, with
 * the similarity that decided it, or the agent who moved it. {@code MEMBER_KEY} = surge id + ':' + interaction id, so
 * a post is decided once per surge, also when two nodes look at it.
 */
@Preload
@Table("SurgeMember")
public interface SurgeMemberEntity extends Entity {
    @NotNull
    @Unique
    String getMemberKey();

    void setMemberKey(String memberKey);

    @Indexed
    int getSurgeId();

    void setSurgeId(int surgeId);

    @Indexed
    long getInteractionId();

    void setInteractionId(long interactionId);

    Long getIssueId();

    void setIssueId(Long issueId);

    double getSimilarity();

    void setSimilarity(double similarity);

    boolean getMember();

    void setMember(boolean member);

    /** The agent who moved the post in or out; null when SocialDesk decided. */
    String getMovedBy();

    void setMovedBy(String agentKey);
}
