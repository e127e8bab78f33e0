package io.socialdesk.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import io.socialdesk.privacy.UserKeyReferences;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Jira changes a user's key (the last step of anonymizing them: {@code admin} becomes {@code JIRAUSER10100}),
 * the keys SocialDesk stored follow ({@code <user-key-change-handler>} module): the agents of replies, incident
 * answers and moves, who rejected a match, the user an account acts as, a contact's customer. Otherwise an
 * anonymized agent would still be named by their old key, and an account's intake user would point at nobody.
 * Nothing here throws into Jira's task: a failure is logged and reported in the result.
 */
public class JiraUserKeyChange implements UserKeyChangeHandler {
    static final String DESCRIPTION_KEY = "socialdesk.userkey.affected";
    private static final Logger LOG = LoggerFactory.getLogger(JiraUserKeyChange.class);

    private final UserKeyReferences references;

    @Inject
    public JiraUserKeyChange(UserKeyReferences references) {
        this.references = references;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        try {
            int rows = AnonymizationParameters.original(parameter).map(references::count).orElse(0);
            return rows == 0 ? List.of() : List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                    .descriptionKey(DESCRIPTION_KEY).numberOfOccurrences((long) rows).build());
        } catch (RuntimeException | LinkageError e) {
            LOG.error("SocialDesk could not tell where it stored the user key being changed", e);
            return List.of();
        }
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            Optional<String> from = AnonymizationParameters.original(parameter);
            Optional<String> to = AnonymizationParameters.target(parameter);
            if (from.isPresent() && to.isPresent()) {
                int changed = references.rename(from.get(), to.get());
                LOG.info("SocialDesk: user key changed in {} stored rows", changed);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("SocialDesk could not change a user key it stored", e);
            errors.addErrorMessage("SocialDesk could not change the user key in its own records (" + e + "); "
                    + "run the anonymization again.");
        }
        return new ServiceResultImpl(errors);
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return 1;
    }
}
