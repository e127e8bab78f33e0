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
import io.socialdesk.agent.ReplyOutcome;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.RequestBody;
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

    @Inject
    public HistoryResource(@ComponentImport("salUserManager") UserManager users, IssueAccess issues,
                           ContactHistory history, AgentReplies replies, CustomerLinks links) {
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
        return IssueScope.withText(body, "text", text -> scope.with(issueKey, IssueAccess.Need.EDIT,
                issue -> switch (replies.send(issue, scope.agent(), text)) {
            case ReplyOutcome.Sent sent -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("sent", true);
                json.put("replyId", sent.replyId());
                json.put("url", sent.url().filter(HistoryJson::webLink).map(Object::toString).orElse(null));
                yield IssueScope.ok(json);
            }
            case ReplyOutcome.Rejected rejected -> ApiError.invalid(rejected.field(), rejected.message()).response();
            // the network did not take it: a gateway failure, with the network's reason for the agent
            case ReplyOutcome.Failed failed -> ApiError.notSent(failed.reason()).response();
        }));
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
        RequestBody.Read read = RequestBody.jsonObject(body);
        if (read instanceof RequestBody.Refused refused) {
            return refused.error().response();
        }
        JsonObject json = ((RequestBody.JsonBody) read).json();
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
