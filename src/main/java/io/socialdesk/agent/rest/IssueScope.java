package io.socialdesk.agent.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.agent.CustomerLinks;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.Json;
import io.socialdesk.web.RequestBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every request-scoped panel endpoint does alike: find the request with the permission the action needs (404
 * when the user may not browse it, as Jira does; 403 when they may browse but not edit), name the calling agent, and
 * answer without caching.
 */
public final class IssueScope {
    private final UserManager users;
    private final IssueAccess issues;

    public IssueScope(UserManager users, IssueAccess issues) {
        this.users = users;
        this.issues = issues;
    }

    public Response with(String issueKey, IssueAccess.Need need, Function<IssueAccess.IssueRef, Response> use) {
        return switch (issues.find(issueKey, Optional.ofNullable(agent()), need)) {
            case IssueAccess.Lookup.Found found -> use.apply(found.issue());
            case IssueAccess.Lookup.NotFound notFound -> ApiError.notFound("issueKey", "no such request").response();
            case IssueAccess.Lookup.Forbidden forbidden ->
                    ApiError.forbidden("issueKey", "you may not edit this request").response();
        };
    }

    public String agent() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? null : key.getStringValue();
    }

    static Response linked(CustomerLinks.Result result) {
        return switch (result) {
            case CustomerLinks.Result.Linked linked -> ok(Map.of("contactId", linked.contact().id(),
                    "customerKey", linked.contact().customerKey().orElse("")));
            case CustomerLinks.Result.MergeNeeded merge -> ApiError.conflict("user", "this customer already has "
                    + "another contact (" + merge.other().displayName() + ", " + merge.identities()
                    + " identities): send \"merge\": true to join both histories into one").response();
            case CustomerLinks.Result.Problem problem -> ApiError.invalid(problem.field(), problem.message())
                    .response();
            case CustomerLinks.Result.Busy busy -> ApiError.busy(java.time.Duration.ofSeconds(2)).response();
        };
    }

    /** The body as one JSON object for {@code use}; a body that is not one is answered with its 400. */
    public static Response withJson(InputStream body, Function<JsonObject, Response> use) {
        RequestBody.Read read = RequestBody.jsonObject(body);
        return read instanceof RequestBody.Refused refused ? refused.error().response()
                : use.apply(((RequestBody.JsonBody) read).json());
    }

    /**
     * A JSON object body's required non-blank text field handed to {@code use}; a body that is no JSON object, too
     * large or unreadable, or lacks the field, answers 400 naming what is wrong.
     */
    public static Response withText(InputStream body, String field, Function<String, Response> use) {
        return withJson(body, json -> text(json, field).map(use)
                .orElseGet(() -> ApiError.invalid(field, "is required").response()));
    }

    /** A non-blank string field; anything else (absent, null, a number) reads as missing. */
    public static Optional<String> text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()).filter(v -> !v.isBlank()) : Optional.empty();
    }

    /** A request as the panel lists it: key, summary, status, resolved. */
    public static Map<String, Object> request(IssueAccess.IssueRef ref) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("key", ref.key());
        json.put("summary", ref.summary());
        json.put("status", ref.status());
        json.put("resolved", ref.resolved());
        return json;
    }

    public static Response ok(Object json) {
        return Response.ok(Json.write(json), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
