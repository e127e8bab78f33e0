package io.socialdesk.surge.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.rest.IssueScope;
import io.socialdesk.surge.IncidentActions;
import io.socialdesk.surge.IncidentPanel;
import io.socialdesk.web.ApiError;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The panel's incident API, scoped to one request: {@code GET /history/{issueKey}/incident} (browse permission)
 * tells whether the request is an incident (its posts and answer), holds a post of one, or could; the agent's
 * actions (edit permission) move a post in or out ({@code POST .../incident/posts/{interactionId}/in|out}), answer
 * every post at once ({@code POST .../incident/answer} with {@code {"text": "..."}}) and pause, resume or cancel
 * the sending ({@code POST .../incident/answer/pause|resume|cancel}).
 */
@Path("/history/{issueKey}/incident")
@LicensedOnly
public class IncidentResource {
    private final IssueScope scope;
    private final IncidentPanel panel;
    private final IncidentActions actions;

    @Inject
    public IncidentResource(@ComponentImport("salUserManager") UserManager users, IssueAccess issues,
                            IncidentPanel panel, IncidentActions actions) {
        this.scope = new IssueScope(users, issues);
        this.panel = panel;
        this.actions = actions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response view(@PathParam("issueKey") String issueKey) {
        return scope.with(issueKey, IssueAccess.Need.BROWSE, issue -> IssueScope.ok(
                IncidentJson.of(panel.of(issue.id()))));
    }

    @POST
    @Path("/posts/{interactionId}/{direction}")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response move(@PathParam("issueKey") String issueKey, @PathParam("interactionId") long interactionId,
                         @PathParam("direction") String direction) {
        if (!direction.equals("in") && !direction.equals("out")) {
            return ApiError.invalid("direction", "must be in or out").response();
        }
        boolean in = direction.equals("in");
        return scope.with(issueKey, IssueAccess.Need.EDIT, issue -> switch (panel.of(issue.id())) {
            case IncidentPanel.Incident incident -> incident.posts().stream()
                    .filter(p -> p.interaction().id() == interactionId).findFirst()
                    .map(p -> result(actions.move(incident.surge().id(), interactionId,
                            p.decision().issueId().orElse(0L), in, scope.agent())))
                    .orElse(ApiError.notFound("interactionId", "no such post in this incident").response());
            case IncidentPanel.Related related when related.interactionId() == interactionId ->
                    result(actions.move(related.surge().id(), interactionId, issue.id(), in, scope.agent()));
            default -> ApiError.notFound("interactionId", "no such post of an incident on this request").response();
        });
    }

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response answer(@PathParam("issueKey") String issueKey, InputStream body) {
        return IssueScope.withText(body, "text", text -> scope.with(issueKey, IssueAccess.Need.EDIT,
                issue -> result(actions.answer(issue.id(), text, scope.agent()))));
    }

    @POST
    @Path("/answer/{action}")
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response control(@PathParam("issueKey") String issueKey, @PathParam("action") String action) {
        Optional<IncidentActions.Control> control = java.util.Arrays.stream(IncidentActions.Control.values())
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(action)).findFirst();
        if (control.isEmpty()) {
            return ApiError.invalid("action", "must be pause, resume or cancel").response();
        }
        return scope.with(issueKey, IssueAccess.Need.EDIT,
                issue -> result(actions.control(issue.id(), control.get())));
    }

    private static Response result(IncidentActions.Result result) {
        return switch (result) {
            case IncidentActions.Done done -> IssueScope.ok(done.answerId().<Map<String, Object>>map(
                    id -> Map.of("done", true, "answerId", id)).orElse(Map.of("done", true)));
            case IncidentActions.Refused refused -> ApiError.invalid(refused.field(), refused.message()).response();
            case IncidentActions.Running running -> ApiError.conflict("text", "an answer (" + running.answerId()
                    + ") is still being sent: cancel it or wait until it is done").response();
        };
    }
}
