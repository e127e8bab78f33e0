package io.socialdesk.channel;

/** Store port for account secrets: written by admins, read only by the poller for the account's driver. */
public interface CredentialStore {
    Credentials credentials(long accountId);

    void store(long accountId, Credentials credentials);
}
