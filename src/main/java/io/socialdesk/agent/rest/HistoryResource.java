package io.socialdesk.agent.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.socialdesk.agent.AgentReplies;
import io.socialdesk.agent.ContactHistory;
import io.socialdesk.agent.CustomerLinks;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.ReplyOutcome;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The panel's API, scoped to one request: {@code GET /history/{issueKey}} (browse permission), and the agent's
 * actions {@code POST .../reply} and {@code POST .../customer} (edit permission). A request the user cannot browse
 * is a 404, as in Jira.
 */
@Path("/history/{issueKey}")
@LicensedOnly
public class HistoryResource {
    private static final int MAX_BODY = 16 * 1024;
    private final UserManager users;
    private final IssueAccess issues;
    private final ContactHistory history;
    private final AgentReplies replies;
    private final CustomerLinks links;

    @Inject
    public HistoryResource(@ComponentImport("salUserManager") UserManager users, IssueAccess issues,
                           ContactHistory history, AgentReplies replies, CustomerLinks links) {
        this.users = users;
        this.issues = issues;
        this.history = history;
        this.replies = replies;
        this.links = links;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response history(@PathParam("issueKey") String issueKey, @QueryParam("page") Integer page) {
        int current = page == null ? 0 : page;
        if (current < 0 || current > 10_000) {
            return error(400, "page", "must be between 0 and 10000");
        }
        return withIssue(issueKey, IssueAccess.Need.BROWSE, issue ->
                ok(HistoryJson.of(history.of(issue, current), current)));
    }

    @POST
    @Path("/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response reply(@PathParam("issueKey") String issueKey, String body) {
        Optional<String> text = field(body, "text");
        if (text.isEmpty()) {
            return error(400, "text", "is required");
        }
        return withIssue(issueKey, IssueAccess.Need.EDIT, issue -> switch (replies.send(issue, agent(), text.get())) {
            case ReplyOutcome.Sent sent -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("sent", true);
                json.put("replyId", sent.replyId());
                json.put("url", sent.url().filter(HistoryJson::webLink).map(Object::toString).orElse(null));
                yield ok(json);
            }
            case ReplyOutcome.Rejected rejected -> error(400, rejected.field(), rejected.message());
            // the network did not take it: a gateway failure, with the network's reason for the agent
            case ReplyOutcome.Failed failed -> Response.status(502).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.write(Map.of("sent", false, "error", "not_sent", "message", failed.reason())))
                    .build();
        });
    }

    @POST
    @Path("/customer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response linkCustomer(@PathParam("issueKey") String issueKey, String body) {
        Optional<String> user = field(body, "user");
        if (user.isEmpty()) {
            return error(400, "user", "is required");
        }
        return withIssue(issueKey, IssueAccess.Need.EDIT, issue -> switch (links.link(issue, user.get())) {
            case CustomerLinks.Result.Linked linked -> ok(Map.of("contactId", linked.contact().id(),
                    "customerKey", linked.contact().customerKey().orElse("")));
            case CustomerLinks.Result.Problem problem -> error(400, problem.field(), problem.message());
        });
    }

    private Response withIssue(String issueKey, IssueAccess.Need need, Function<IssueAccess.IssueRef, Response> use) {
        return switch (issues.find(issueKey, Optional.ofNullable(agent()), need)) {
            case IssueAccess.Lookup.Found found -> use.apply(found.issue());
            case IssueAccess.Lookup.NotFound notFound -> error(404, "issueKey", "no such request");
            case IssueAccess.Lookup.Forbidden forbidden -> error(403, "issueKey",
                    "you may not edit this request");
        };
    }

    private String agent() {
        UserKey key = users.getRemoteUserKey();
        return key == null ? null : key.getStringValue();
    }

    private static Optional<String> field(String body, String name) {
        if (body == null || body.length() > MAX_BODY) {
            return Optional.empty();
        }
        try {
            JsonElement root = JsonParser.parseString(body);
            JsonObject json = root.isJsonObject() ? root.getAsJsonObject() : new JsonObject();
            JsonElement value = json.get(name);
            return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                    ? Optional.of(value.getAsString()).filter(v -> !v.isBlank()) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static Response ok(Object json) {
        return Response.ok(Json.write(json), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    private static Response error(int status, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.write(Map.of("error", status == 400 ? "invalid" : "refused", "field", field,
                        "message", message))).build();
    }
}
