package io.socialdesk.request;

/** What a request is about, as Jira holds it: its summary and description (either may be empty). */
public record RequestText(String summary, String description) {
    public RequestText {
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
    }
}
