package io.socialdesk.intake;

/**
 * The one place cluster lock names are made, so every path that polls an account or routes a customer's contacts
 * (the poll job, the call webhook, an admin's "poll now") excludes the others. Reverse-DNS ASCII, well under
 * beehive's 255 characters. Jira keeps a database row for every lock name ever used (JRASERVER-69114), so names are a
 * fixed set: a customer's lock is one of {@link #CONTACT_STRIPES} stripes by contact id (two customers may share
 * one, which only makes one wait for the other; stripe names sort in stripe order, so sorted names taken in order
 * still never wait on each other in a circle), an incident answer's one of {@link #ANSWER_STRIPES}.
 */
public final class LockNames {
    /** Enough that customers routed at once rarely share one (a pass holds at most 50), few enough to stay small. */
    public static final int CONTACT_STRIPES = 1024;
    static final int ANSWER_STRIPES = 64;

    private LockNames() {
    }

    public static String account(long accountId) {
        return "io.socialdesk.account." + accountId;
    }

    public static String contact(long contactId) {
        return String.format(java.util.Locale.ROOT, "io.socialdesk.contact-stripe.%04d",
                Math.floorMod(contactId, CONTACT_STRIPES));
    }

    /** Starting an incident's answer: the check for a running one and the start are one step, cluster-wide. */
    public static String incidentAnswer(long surgeId) {
        return "io.socialdesk.incident-answer-stripe." + Math.floorMod(surgeId, ANSWER_STRIPES);
    }

    /** The insights rollup: one node at a time counts. */
    public static String insightsRollup() {
        return "io.socialdesk.insights-rollup";
    }
}
