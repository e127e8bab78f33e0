package io.socialdesk.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import io.socialdesk.insights.FirstResponseSla;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * JSM's *Time to first response* SLA of a request, through JSM's SLA information service read as an agent: the
 * elapsed time of the SLA's first completed cycle (its calendar's working time, pauses left out), as JSM's own reports
 * count it.
 */
@Component
public class JsmFirstResponseSla implements FirstResponseSla {
    private final JsmServices jsm;
    private final ActingUsers users;

    @Inject
    public JsmFirstResponseSla(JsmServices jsm, ActingUsers users) {
        this.jsm = jsm;
        this.users = users;
    }

    @Override
    public Optional<Cycle> firstCycle(long issueId, String name, String asUserKey) {
        Optional<ApplicationUser> user = users.active(asUserKey);
        Optional<SlaInformationService> slas = jsm.slas();
        if (user.isEmpty() || slas.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (SlaInformation sla : slas.get().getInfo(user.get(),
                    slas.get().newInfoQueryBuilder().issue(issueId).build())) {
                if (name.strip().equalsIgnoreCase(sla.getName().strip()) && !sla.getCompletedCycles().isEmpty()) {
                    SlaInformationCompletedCycle first = sla.getCompletedCycles().get(0);
                    return first.getStopTime() == null || first.getElapsedTime() == null ? Optional.empty()
                            : Optional.of(new Cycle(first.getStopTime(), Duration.ofMillis(first.getElapsedTime())));
                }
            }
            return Optional.empty();
        } catch (ServiceDeskServiceException unreadable) {
            return Optional.empty(); // no SLA to read for that agent: the clock's measure stands
        }
    }
}
