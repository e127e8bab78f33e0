// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/info/SlaInformationCompletedCycle.html
// (@PublicApi: start and stop as Instant, breached, goal/elapsed/remaining in milliseconds; elapsed counts only the
// hours of the SLA's calendar).
package com.atlassian.servicedesk.api.sla.info;

import java.time.Instant;

public interface SlaInformationCompletedCycle {
    Instant getStartTime();

    Instant getStopTime();

    boolean getBreached();

    Long getGoalDuration();

    Long getElapsedTime();

    Long getRemainingTime();
}
