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

    /** Starting an incident's answer: the check for a running one and the start are one step, cluster-wide. */
    public static String incidentAnswer(long surgeId) {
        return "io.socialdesk.incident-answer." + surgeId;
    }
}
