package io.socialdesk.sandbox.jsm;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IssueSignal;
import io.socialdesk.automation.SocialProperty;

/** Automation signals on the simulated JSM: the issue property as JSON and the event by its Jira name. */
public final class SimulatedAutomation implements AutomationSignals {
    private final SimulatedJsm jsm;

    public SimulatedAutomation(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public void publish(IssueSignal signal) {
        jsm.requestById(signal.issueId()).ifPresent(request -> {
            jsm.setProperty(request.key(), SocialProperty.KEY, SocialProperty.json(signal));
            jsm.fireEvent(request.key(), signal.event().displayName());
        });
    }
}
