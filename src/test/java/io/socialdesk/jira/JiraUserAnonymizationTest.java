package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.privacy.ContactErasure;
import io.socialdesk.privacy.ContactRecords;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jira runs the handler inside its anonymization task: whatever fails, the task gets a result, never an exception. */
class JiraUserAnonymizationTest {
    private final Contacts contacts = mock(Contacts.class);
    private final ContactRecords records = mock(ContactRecords.class);
    private final ContactErasure erasure = mock(ContactErasure.class);
    private final JiraUserAnonymization handler = new JiraUserAnonymization(contacts, records, erasure);
    private final UserAnonymizationParameter parameter = new UserAnonymizationParameter("JIRAUSER10100");

    @Test
    void givenTheDatabaseFailing_whenJiraAsksWhatChangesAndThenUpdates_thenThePreviewIsEmptyAndTheResultSaysWhy() {
        // given
        when(contacts.byCustomer("JIRAUSER10100")).thenThrow(new IllegalStateException("database unavailable"));

        // when
        var affected = handler.getAffectedEntities(parameter);
        ServiceResult result = handler.update(parameter);

        // then
        assertThat(affected).isEmpty();
        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorCollection().getErrorMessages()).singleElement().asString()
                .contains("could not erase").contains("database unavailable").contains("Privacy");
    }

    @Test
    void givenErasureThrowingALinkageError_whenUpdated_thenItIsReportedNotThrown() {
        // given
        when(contacts.byCustomer("JIRAUSER10100"))
                .thenReturn(Optional.of(new Contact(7, "Jane", Optional.of("JIRAUSER10100"))));
        when(erasure.erase(any(Long.class), any())).thenThrow(new NoSuchMethodError("IssueService.update"));

        // when
        ServiceResult result = handler.update(parameter);

        // then
        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorCollection().getErrorMessages()).singleElement().asString()
                .contains("NoSuchMethodError");
    }
}
