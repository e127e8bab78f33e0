// Published at: https://docs.atlassian.com/jira/latest/com/atlassian/jira/component/ComponentAccessor.html
// Source: jira-api's ComponentAccessor (@PublicApi; source text of getComponent, getOSGiComponentInstanceOfType,
// initialiseWorker and the Worker interface read in public Jira source, and the Jira 11 Slack app's
// DefaultServiceDeskCompatibilityHelper calls ComponentAccessor.getOSGiComponentInstanceOfType for JSM's services).
// The worker holds the lookups: Jira installs its own at startup; the sandbox and tests install theirs, as Jira's own
// unit tests do with MockComponentWorker. Only the members SocialDesk and its simulation use are declared.
package com.atlassian.jira.component;

public final class ComponentAccessor {
    private static volatile Worker worker;

    private ComponentAccessor() {
    }

    public static <T> T getComponent(Class<T> componentClass) {
        return current().getComponent(componentClass);
    }

    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        return current().getOSGiComponentInstanceOfType(componentClass);
    }

    public static Worker initialiseWorker(Worker componentAccessorWorker) {
        Worker previous = worker;
        worker = componentAccessorWorker;
        return previous;
    }

    private static Worker current() {
        Worker current = worker;
        if (current == null) {
            throw new IllegalStateException("ComponentAccessor has not been initialised.");
        }
        return current;
    }

    public interface Worker {
        <T> T getComponent(Class<T> componentClass);

        <T> T getComponentOfType(Class<T> componentClass);

        <T> T getOSGiComponentInstanceOfType(Class<T> componentClass);
    }
}
