package io.socialdesk.automation;

/**
 * Port to Jira's automation surface: sets the {@code socialdesk} issue property, then fires the event on the issue and
 * on the plugin event bus. Called after every write of a routing is done, at least once per interaction.
 */
public interface AutomationSignals {
    void publish(IssueSignal signal);

    /** The {@code socialdesk} property only, from the request's newest contact (after an agent moved one away). */
    void refresh(IssueSignal signal);

    /** Removes the {@code socialdesk} property: no contact of SocialDesk's is left on the request. */
    void forget(long issueId, String actorKey);

    /** The same for an incident request: its property, then the surge's event. */
    void incident(IncidentSignal signal);

    /** A post at risk of going viral: the {@code socialdeskViral} property, then *SocialDesk: viral risk*. */
    void viral(ViralSignal signal);
}
