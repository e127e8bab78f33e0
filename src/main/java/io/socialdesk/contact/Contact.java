package io.socialdesk.contact;

import java.util.Optional;

/**
 * One customer across channels. {@code customerKey} is the Jira user the contact is linked to (requests are then
 * raised on their behalf); unknown social authors have none until an agent links them.
 */
public record Contact(long id, String displayName, Optional<String> customerKey) {
}
