package io.socialdesk.store;

import javax.crypto.SecretKey;

/**
 * Port to the key that encrypts account secrets. It lives outside the database (in Jira, a file in the shared home
 * readable by Jira only), so a database dump or backup alone does not reveal any token.
 */
public interface CredentialKey {
    SecretKey key();
}
