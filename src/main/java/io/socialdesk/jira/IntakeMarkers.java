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

    /** The comment added for this interaction, by its comment property. */
    public Optional<Long> commentFor(long interactionId) {
        return properties.query().key(COMMENT_PREFIX + interactionId).find().stream()
                .map(EntityProperty::getEntityId).findFirst();
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
