package io.socialdesk.request;

/** One of a customer's open requests as Jira lists it for them: its state and what it is about. */
public record OpenRequest(RequestState state, String summary, String description) {
    public OpenRequest {
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
    }
}
