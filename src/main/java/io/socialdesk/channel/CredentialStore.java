package io.socialdesk.channel;

import java.util.Set;

/** Store port for account secrets: written by admins, decrypted only for the account's driver or webhook check. */
public interface CredentialStore {
    Credentials credentials(long accountId);

    /** Which secrets the account has, by name, without decrypting any. */
    Set<String> names(long accountId);

    void store(long accountId, Credentials credentials);
}
