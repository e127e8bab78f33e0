package io.socialdesk.channel;

/**
 * Port: which Jira installation this is, as a short stable text that differs between a production Jira and a staging
 * clone of it (they share the database, not the address). Networks that remember idempotency keys get keys scoped
 * by it, so a clone sending with the production token never has its reply taken for production's.
 */
public interface Installation {
    String id();
}
