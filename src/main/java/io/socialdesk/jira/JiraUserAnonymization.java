package io.socialdesk.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.privacy.ContactErasure;
import io.socialdesk.privacy.ContactRecords;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a Jira administrator anonymizes a user, SocialDesk erases the contact linked to that customer: its identities
 * and texts, and what it wrote on their requests (the {@code <user-anonymization-handler>} module in the descriptor).
 * Jira first asks what will change, to show the administrator; then runs {@link #update} in its background task.
 * Nothing here throws into Jira's task: a failure is logged and reported in the result, with what to do.
 */
public class JiraUserAnonymization implements UserAnonymizationHandler {
    static final String DESCRIPTION_KEY = "socialdesk.anonymize.affected";
    private static final Logger LOG = LoggerFactory.getLogger(JiraUserAnonymization.class);

    private final Contacts contacts;
    private final ContactRecords records;
    private final ContactErasure erasure;

    @Inject
    public JiraUserAnonymization(Contacts contacts, ContactRecords records, ContactErasure erasure) {
        this.contacts = contacts;
        this.records = records;
        this.erasure = erasure;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter) {
        try {
            Optional<Contact> contact = AnonymizationParameters.userKey(parameter).flatMap(contacts::byCustomer);
            if (contact.isEmpty()) {
                return List.of();
            }
            long stored = records.export(contact.get().id()).map(e -> e.interactions().size() + 1L).orElse(1L);
            return List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE).descriptionKey(DESCRIPTION_KEY)
                    .numberOfOccurrences(stored).build());
        } catch (RuntimeException | LinkageError e) {
            // the preview must still open: the update below reports the failure where the admin sees it
            LOG.error("SocialDesk could not tell what anonymizing this user changes", e);
            return List.of();
        }
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            Optional<Contact> contact = AnonymizationParameters.userKey(parameter).flatMap(contacts::byCustomer);
            if (contact.isPresent()) {
                switch (erasure.erase(contact.get().id(), Optional.empty())) {
                    case ContactErasure.Outcome.Erased erased when erased.refused() > 0 -> errors.addErrorMessage(
                            "SocialDesk erased contact " + erased.contactId() + " but Jira refused to redact "
                                    + erased.refused() + " of its requests or comments; edit them by hand.");
                    case ContactErasure.Outcome.Busy busy -> errors.addErrorMessage("SocialDesk was routing this "
                            + "customer's messages; run the anonymization again to erase their contact.");
                    default -> {
                    }
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("SocialDesk could not erase the contact of an anonymized user", e);
            errors.addErrorMessage("SocialDesk could not erase this customer's social contact (" + e + "); "
                    + "erase it in SocialDesk's console (Privacy) or run the anonymization again.");
        }
        return new ServiceResultImpl(errors);
    }

    @Override
    public int getNumberOfTasks(UserAnonymizationParameter parameter) {
        return 1;
    }
}
