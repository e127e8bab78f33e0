package io.socialdesk.correction.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.rest.IssueScope;
import io.socialdesk.correction.ContactMoves;
import io.socialdesk.correction.RequestMerges;
import io.socialdesk.correction.RoutingOffers;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.RequestBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Agents correct routing from the panel: {@code GET /history/{issueKey}/routing} (browse permission) lists what can
 * be moved where ({@link RoutingOffers}); {@code POST .../routing/contacts/{interactionId}/move} with
 * {@code {"target": "CS-7"}} moves one contact, {@code POST .../routing/merge} with
 * {@code {"target": "CS-7", "resolve": false, "tellCustomer": "..."}} merges the request into another. Both need
 * the edit permission on both requests (403 naming the one that lacks it); a target the agent may not see is no
 * request to them (400 naming {@code target}).
 */
@Path("/history/{issueKey}/routing")
@LicensedOnly
public class CorrectionResource {
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");
    private static final int TELL_LIMIT = 2_000;

    private final IssueScope scope;
    private final IssueAccess issues;
    private final RoutingOffers offers;
    private final ContactMoves moves;
    private final RequestMerges merges;

    @Inject
    public CorrectionResource(@ComponentImport("salUserManager") UserManager users, IssueAccess issues,
                              RoutingOffers offers, ContactMoves moves, RequestMerges merges) {
        this.scope = new IssueScope(users, issues);
        this.issues = issues;
        this.offers = offers;
        this.moves = moves;
        this.merges = merges;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response offers(@PathParam("issueKey") String issueKey) {
        return scope.with(issueKey, IssueAccess.Need.BROWSE, issue -> IssueScope.ok(CorrectionJson.offers(
                offers.of(issue, Optional.ofNullable(scope.agent())))));
    }

    @POST
    @Path("/contacts/{interactionId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response move(@PathParam("issueKey") String issueKey, @PathParam("interactionId") long interactionId,
                         InputStream body) {
        return withTarget(issueKey, body, (from, target) -> moved(moves.move(from, target.target(), interactionId,
                scope.agent())));
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response merge(@PathParam("issueKey") String issueKey, InputStream body) {
        return withTarget(issueKey, body, (source, target) -> {
            JsonElement resolve = target.json().get("resolve");
            if (resolve != null && !(resolve.isJsonPrimitive() && resolve.getAsJsonPrimitive().isBoolean())) {
                return ApiError.invalid("resolve", "must be true or false").response();
            }
            Optional<String> tell = IssueScope.text(target.json(), "tellCustomer").map(String::strip);
            if (tell.isPresent() && (tell.get().length() > TELL_LIMIT || tell.get().chars()
                    .anyMatch(c -> Character.isISOControl(c) && c != '\n'))) {
                return ApiError.invalid("tellCustomer", "must be at most " + TELL_LIMIT
                        + " characters without control characters").response();
            }
            RequestMerges.Options options = new RequestMerges.Options(resolve != null && resolve.getAsBoolean(),
                    tell);
            return switch (merges.merge(source, target.target(), scope.agent(), scope.agent(), options)) {
                case RequestMerges.Result.Done done -> IssueScope.ok(CorrectionJson.merged(source, target.target(),
                        done.merged()));
                case RequestMerges.Result.Refused refused -> moved(refused.why());
            };
        });
    }

    private record Target(IssueAccess.IssueRef target, JsonObject json) {
    }

    /**
     * The source request with the edit permission, then the body's {@code target}: a key the agent may see and
     * edit. Each failure answers before anything is changed.
     */
    private Response withTarget(String issueKey, InputStream body,
                                BiFunction<IssueAccess.IssueRef, Target, Response> use) {
        RequestBody.Read read = RequestBody.jsonObject(body);
        if (read instanceof RequestBody.Refused refused) {
            return refused.error().response();
        }
        JsonObject json = ((RequestBody.JsonBody) read).json();
        Optional<String> key = IssueScope.text(json, "target").map(k -> k.strip().toUpperCase(Locale.ROOT))
                .filter(k -> KEY.matcher(k).matches());
        if (key.isEmpty()) {
            return ApiError.invalid("target", "must be a request key such as CS-7").response();
        }
        return scope.with(issueKey, IssueAccess.Need.EDIT, source -> switch (issues.find(key.get(),
                Optional.ofNullable(scope.agent()), IssueAccess.Need.EDIT)) {
            case IssueAccess.Lookup.Found found -> use.apply(source, new Target(found.issue(), json));
            case IssueAccess.Lookup.NotFound notFound -> ApiError.invalid("target", "no request " + key.get()
                    + " that you can see").response();
            case IssueAccess.Lookup.Forbidden forbidden -> ApiError.forbidden("target",
                    "you may not edit " + key.get()).response();
        });
    }

    private static Response moved(ContactMoves.Result result) {
        return switch (result) {
            case ContactMoves.Result.Moved moved -> IssueScope.ok(CorrectionJson.moved("moved"));
            case ContactMoves.Result.AlreadyThere there -> IssueScope.ok(CorrectionJson.moved("already_there"));
            case ContactMoves.Result.Pending pending -> Response.status(Response.Status.ACCEPTED)
                    .entity(io.socialdesk.web.Json.write(CorrectionJson.moved("pending")))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
            case ContactMoves.Result.Problem problem -> ApiError.invalid(problem.field(), problem.message())
                    .response();
            case ContactMoves.Result.Busy busy -> ApiError.busy(Duration.ofSeconds(2)).response();
        };
    }
}
