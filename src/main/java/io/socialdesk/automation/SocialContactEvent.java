package io.socialdesk.automation;

/**
 * Published on Jira's plugin event bus after each social contact, for other apps to listen to with
 * {@code @EventListener}. Automation for Jira does not see plugin events; it reacts to the issue events.
 */
public record SocialContactEvent(String type, long issueId, String channel, String authorHandle) {
}
