package io.socialdesk.request;

/**
 * One of a customer's open requests as Jira lists it for them: its state, what it is about (summary and description)
 * and its request type's name (how an agent tells a portal "Get help" request from a social one).
 */
public record OpenRequest(RequestState state, String summary, String description, String requestType) {
    public OpenRequest {
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        requestType = requestType == null ? "" : requestType;
    }
}
