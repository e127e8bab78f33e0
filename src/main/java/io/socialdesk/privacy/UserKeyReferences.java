package io.socialdesk.privacy;

/**
 * Where SocialDesk stored Jira user keys: the agents who replied, answered an incident, moved a contact or rejected a
 * match, the user an account acts as, the customer a contact is. When Jira changes a user's key (anonymization
 * turns {@code admin} into {@code JIRAUSER10100}) they follow it. Implemented on Active Objects in {@code store}.
 */
public interface UserKeyReferences {
    /** How many stored rows name this user key. */
    int count(String userKey);

    /** Renames the key wherever it is stored, in one transaction; answers how many rows changed. A repeat changes none. */
    int rename(String from, String to);
}
