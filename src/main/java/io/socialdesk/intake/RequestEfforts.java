package io.socialdesk.intake;

import io.socialdesk.automation.IssueSignal;
import java.util.Optional;

/** Port: the insights' counts of a request, written into its property with every signal (empty: not counted yet). */
public interface RequestEfforts {
    Optional<IssueSignal.Effort> of(long issueId);

    /** The counts of several requests in one read (a pass's requests), by issue id; uncounted ones are absent. */
    java.util.Map<Long, IssueSignal.Effort> of(java.util.Collection<Long> issueIds);
}
