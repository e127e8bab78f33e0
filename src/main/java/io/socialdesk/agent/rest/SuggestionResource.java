package io.socialdesk.agent.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.Suggestion;
import io.socialdesk.agent.SuggestionAnswers;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Is this ...?" in the panel: {@code GET /history/{issueKey}/suggestions} (browse permission) lists the identity
 * matches with their evidence; {@code POST .../suggestions/accept} and {@code .../reject} with
 * {@code {"target": "customer:<key>" | "contact:<id>"}} answer one (edit permission).
 */
@Path("/history/{issueKey}/suggestions")
@LicensedOnly
public class SuggestionResource {
    private static final Pattern TARGET = Pattern.compile("(customer:[^\\p{Cntrl}]{1,240}|contact:[1-9][0-9]{0,9})");

    private final IssueScope scope;
    private final SuggestionAnswers answers;

    @Inject
    public SuggestionResource(@ComponentImport("salUserManager") UserManager users, IssueAccess issues,
                              SuggestionAnswers answers) {
        this.scope = new IssueScope(users, issues);
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response list(@PathParam("issueKey") String issueKey) {
        return scope.with(issueKey, IssueAccess.Need.BROWSE, issue -> IssueScope.ok(Map.of("suggestions",
                answers.current(issue).stream().map(SuggestionResource::json).toList())));
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response accept(@PathParam("issueKey") String issueKey, InputStream body) {
        Optional<String> target = target(body);
        if (target.isEmpty()) {
            return invalidTarget();
        }
        return scope.with(issueKey, IssueAccess.Need.EDIT,
                issue -> IssueScope.linked(answers.accept(issue, target.get())));
    }

    @POST
    @Path("/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response reject(@PathParam("issueKey") String issueKey, InputStream body) {
        Optional<String> target = target(body);
        if (target.isEmpty()) {
            return invalidTarget();
        }
        return scope.with(issueKey, IssueAccess.Need.EDIT, issue -> answers.reject(issue, target.get(),
                scope.agent()) ? IssueScope.ok(Map.of("rejected", target.get()))
                : ApiError.invalid("target", "is not a current suggestion for this request").response());
    }

    private static Optional<String> target(InputStream body) {
        RequestBody.Read read = RequestBody.jsonObject(body);
        if (read instanceof RequestBody.JsonBody json) {
            return IssueScope.text(json.json(), "target").filter(t -> TARGET.matcher(t).matches());
        }
        return Optional.empty();
    }

    private static Response invalidTarget() {
        return ApiError.invalid("target", "must be \"customer:<user key>\" or \"contact:<id>\"").response();
    }

    private static Map<String, Object> json(Suggestion suggestion) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", suggestion.target());
        json.put("label", suggestion.label());
        json.put("confidence", suggestion.confidence());
        List<Map<String, Object>> evidence = suggestion.evidence().stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", e.kind().name());
            item.put("detail", e.detail());
            item.put("confidence", e.confidence());
            return item;
        }).toList();
        json.put("evidence", evidence);
        return json;
    }
}
