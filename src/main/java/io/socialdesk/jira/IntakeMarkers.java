package io.socialdesk.jira;

import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.json.JSONObject;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How a retry finds what an earlier attempt did in Jira: the created request carries an issue property and each
 * comment a comment property whose key names the interaction. Keys are unique per interaction, so the lookup is one
 * indexed query by key, with no JQL and no dependence on the search index being up to date.
 */
@Component
public class IntakeMarkers {
    static final String REQUEST_PREFIX = "io.socialdesk.request.";
    static final String COMMENT_PREFIX = "io.socialdesk.comment.";
    /** An agent's move: the contact's comment on the target request. */
    static final String MOVE_PREFIX = "io.socialdesk.move.";
    /** An agent's move: the note on the source request when the contact had no comment there (it opened it). */
    static final String MOVE_NOTE_PREFIX = "io.socialdesk.movenote.";
    /** JSM's own comment property: internal (agents only) or shared with the customer. */
    static final String JSM_PUBLIC_COMMENT = "sd.public.comment";

    private final JsonEntityPropertyManager properties;
    private final IssuePropertyService issueProperties;

    @Inject
    public IntakeMarkers(@ComponentImport JsonEntityPropertyManager properties,
                         @ComponentImport IssuePropertyService issueProperties) {
        this.properties = properties;
        this.issueProperties = issueProperties;
    }

    public Optional<Long> issueCreatedFor(long interactionId) {
        List<EntityProperty> found = properties.query().key(REQUEST_PREFIX + interactionId).find();
        return found.stream().map(EntityProperty::getEntityId).findFirst();
    }

    /** Through the issue property service, so Jira fires its events and reindexes the issue. */
    public void markCreated(ApplicationUser actor, long issueId, long interactionId) {
        EntityPropertyService.SetPropertyValidationResult valid = issueProperties.validateSetProperty(actor, issueId,
                new EntityPropertyService.PropertyInput("{\"interactionId\":" + interactionId + "}",
                        REQUEST_PREFIX + interactionId));
        if (!valid.isValid()) {
            throw new IllegalStateException("cannot mark issue " + issueId + " for interaction " + interactionId
                    + ": " + valid.getErrorCollection());
        }
        issueProperties.setProperty(actor, valid);
    }

    /** Every comment added for this interaction: by routing, and on each request an agent moved it to. */
    public List<Long> commentsFor(long interactionId) {
        return properties.query().key(COMMENT_PREFIX + interactionId).find().stream()
                .map(EntityProperty::getEntityId).toList();
    }

    /** Whether the comment or note of this move ({@link #MOVE_PREFIX} or {@link #MOVE_NOTE_PREFIX}) exists. */
    public boolean hasMoveMark(String prefix, long moveId) {
        return properties.query().key(prefix + moveId).count() > 0;
    }

    /**
     * A moved contact's comment: JSM's visibility, the interaction's own mark (so erasure and a later move find it)
     * and the move's mark (so a repeat of the move finds it).
     */
    public Map<String, JSONObject> movedCommentProperties(long moveId, long interactionId, boolean internal) {
        return Map.of(
                JSM_PUBLIC_COMMENT, new JSONObject(Map.of("internal", internal)),
                COMMENT_PREFIX + interactionId, new JSONObject(Map.of("interactionId", interactionId)),
                MOVE_PREFIX + moveId, new JSONObject(Map.of("moveId", moveId)));
    }

    /** The internal note a move leaves on its source request when the contact had no comment there. */
    public Map<String, JSONObject> moveNoteProperties(long moveId) {
        return Map.of(
                JSM_PUBLIC_COMMENT, new JSONObject(Map.of("internal", true)),
                MOVE_NOTE_PREFIX + moveId, new JSONObject(Map.of("moveId", moveId)));
    }

    public boolean hasComment(long interactionId) {
        return properties.query().key(COMMENT_PREFIX + interactionId).count() > 0;
    }

    public Map<String, JSONObject> commentProperties(long interactionId, boolean internal) {
        return Map.of(
                JSM_PUBLIC_COMMENT, new JSONObject(Map.of("internal", internal)),
                COMMENT_PREFIX + interactionId, new JSONObject(Map.of("interactionId", interactionId)));
    }
}
