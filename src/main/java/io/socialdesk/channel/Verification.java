package io.socialdesk.channel;

/**
 * What "Test connection" found, by the network's own identity call: who the credentials belong to, or which field
 * to fix. An expected failure is a value the admin page shows at its field.
 */
public sealed interface Verification {
    /** The account the credentials act as: its id on the network (the own user id) and its handle. */
    record Verified(String ownUserId, String handle) implements Verification {
    }

    /** The network refused or could not be reached; {@code field} is the form field to fix (e.g. a secret). */
    record Failed(String field, String message) implements Verification {
    }
}
