package io.socialdesk.intake;

/** What recording one fetched page did. */
public sealed interface RecordResult {
    /** Stored in one transaction with the cursor advance; {@code alreadyKnown} posts were skipped as duplicates. */
    record Recorded(int inserted, int alreadyKnown) implements RecordResult {
    }

    /**
     * Another writer stored one of these posts at the same moment; this transaction rolled back whole (cursor
     * included), so the next poll fetches the page again and finds the posts already there.
     */
    record Conflict(String detail) implements RecordResult {
    }
}
