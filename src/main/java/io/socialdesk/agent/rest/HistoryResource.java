package io.socialdesk.agent.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.agent.AgentReplies;
import io.socialdesk.agent.ContactHistory;
import io.socialdesk.agent.CustomerLinks;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.ReplyFiles;
import io.socialdesk.agent.ReplyOutcome;
import io.socialdesk.web.ApiError;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The panel's API, scoped to one request: {@code GET /history/{issueKey}} (browse permission), and the agent's
 * actions {@code POST .../reply} and {@code POST .../customer} (edit permission). A request the user cannot browse
 * is a 404, as in Jira.
 */
@Path("/history/{issueKey}")
@LicensedOnly
public class HistoryResource {
    private final IssueScope scope;
    private final ContactHistory history;
    private final AgentReplies replies;
    private final CustomerLinks links;
    private final ReplyFiles files;

    @Inject
    public HistoryResource(@ComponentImport("salUserManager") UserManager users, IssueAccess issues,
                           ContactHistory history, AgentReplies replies, CustomerLinks links, ReplyFiles files) {
        this.files = files;
        this.scope = new IssueScope(users, issues);
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
            return ApiError.invalid("page", "must be between 0 and 10000").response();
        }
        return scope.with(issueKey, IssueAccess.Need.BROWSE, issue ->
                IssueScope.ok(HistoryJson.of(history.of(issue, current, Optional.ofNullable(scope.agent())),
                        current, issue.id())));
    }

    @POST
    @Path("/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response reply(@PathParam("issueKey") String issueKey, InputStream body) {
        return IssueScope.withJson(body, json -> reply(issueKey, json));
    }

    private Response reply(String issueKey, JsonObject json) {
        Optional<String> text = IssueScope.text(json, "text");
        if (text.isEmpty()) {
            return ApiError.invalid("text", "is required").response();
        }
        Optional<List<Long>> chosen = ids(json.get("attachments"));
        if (chosen.isEmpty()) {
            return ApiError.invalid("attachments", "must be a list of at most 4 attachment ids").response();
        }
        return scope.with(issueKey, IssueAccess.Need.EDIT, issue -> {
            ReplyFiles.Chosen files = this.files.of(issue.id(), chosen.get());
            if (files.refused().isPresent()) {
                return ApiError.invalid("attachments", files.refused().get()).response();
            }
            return replied(replies.send(issue, scope.agent(), text.get(), files.files()));
        });
    }

    /** The ids in {@code value}: absent or null is none; anything but a short list of whole numbers is refused. */
    private static Optional<List<Long>> ids(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return Optional.of(List.of());
        }
        if (!value.isJsonArray() || value.getAsJsonArray().size() > 4) {
            return Optional.empty();
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonElement id : value.getAsJsonArray()) {
            if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isNumber()
                    || !id.getAsString().matches("\\d{1,18}")) {
                return Optional.empty();
            }
            ids.add(id.getAsLong());
        }
        return Optional.of(ids);
    }

    private static Response replied(ReplyOutcome outcome) {
        return switch (outcome) {
            case ReplyOutcome.Sent sent -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("sent", true);
                json.put("replyId", sent.replyId());
                json.put("url", sent.url().filter(HistoryJson::webLink).map(Object::toString).orElse(null));
                json.put("note", sent.note().orElse(null));
                yield IssueScope.ok(json);
            }
            case ReplyOutcome.Rejected rejected -> ApiError.invalid(rejected.field(), rejected.message()).response();
            // the network did not take it: a gateway failure, with the network's reason for the agent
            case ReplyOutcome.Failed failed -> ApiError.notSent(failed.reason()).response();
        };
    }

    /**
     * {@code {"user": "...", "merge": false}}: link the request's contact to a Jira customer. 409 when that customer
     * already has another contact: resend with {@code "merge": true} to join the two histories.
     */
    @POST
    @Path("/customer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response linkCustomer(@PathParam("issueKey") String issueKey, InputStream body) {
        return IssueScope.withJson(body, json -> linkCustomer(issueKey, json));
    }

    private Response linkCustomer(String issueKey, JsonObject json) {
        Optional<String> user = IssueScope.text(json, "user");
        if (user.isEmpty()) {
            return ApiError.invalid("user", "is required").response();
        }
        JsonElement merge = json.get("merge");
        if (merge != null && !(merge.isJsonPrimitive() && merge.getAsJsonPrimitive().isBoolean())) {
            return ApiError.invalid("merge", "must be true or false").response();
        }
        boolean confirmed = merge != null && merge.getAsBoolean();
        return scope.with(issueKey, IssueAccess.Need.EDIT,
                issue -> IssueScope.linked(links.link(issue, user.get(), confirmed)));
    }

    @DELETE
    @Path("/customer")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response unlinkCustomer(@PathParam("issueKey") String issueKey) {
        return scope.with(issueKey, IssueAccess.Need.EDIT, issue -> IssueScope.linked(links.unlink(issue)));
    }

    /** Splits one identity (with what it sent) off the request's contact into a contact of its own. */
    @POST
    @Path("/identities/{identityId}/split")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response splitIdentity(@PathParam("issueKey") String issueKey, @PathParam("identityId") long identityId) {
        return scope.with(issueKey, IssueAccess.Need.EDIT,
                issue -> IssueScope.linked(links.split(issue, identityId)));
    }
}
