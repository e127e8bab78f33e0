package io.socialdesk.intake;

/**
 * The one place cluster lock names are made, so every path that polls an account or routes a customer's contacts
 * (the poll job, the call webhook, an admin's "poll now") excludes the others. Reverse-DNS ASCII, well under
 * beehive's 255 characters.
 */
public final class LockNames {
    private LockNames() {
    }

    public static String account(long accountId) {
        return "io.socialdesk.account." + accountId;
    }

    public static String contact(long contactId) {
        return "io.socialdesk.contact." + contactId;
    }
}
