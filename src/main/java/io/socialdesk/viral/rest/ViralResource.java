package io.socialdesk.viral.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.rest.IssueScope;
import io.socialdesk.channel.Engagement;
import io.socialdesk.viral.ViralRisks;
import io.socialdesk.viral.WatchedPost;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /history/{issueKey}/viral} (browse permission): the customers' posts on this request found at risk of
 * going viral, newest first, with their latest public counts and the threshold they passed. Empty when none is.
 */
@Path("/history/{issueKey}/viral")
@LicensedOnly
public class ViralResource {
    private final IssueScope scope;
    private final ViralRisks risks;

    @Inject
    public ViralResource(@ComponentImport("salUserManager") UserManager users, IssueAccess issues, ViralRisks risks) {
        this.scope = new IssueScope(users, issues);
        this.risks = risks;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response view(@PathParam("issueKey") String issueKey) {
        return scope.with(issueKey, IssueAccess.Need.BROWSE, issue -> IssueScope.ok(Map.of("posts",
                json(risks.on(issue.id())))));
    }

    private static List<Map<String, Object>> json(List<ViralRisks.Risk> found) {
        return found.stream().map(risk -> {
            WatchedPost post = risk.post();
            Engagement counts = post.counts().orElse(Engagement.NONE);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("interactionId", post.interactionId());
            json.put("authorHandle", post.authorHandle());
            post.followers().ifPresent(n -> json.put("followers", n));
            post.url().ifPresent(url -> json.put("url", url.toString()));
            json.put("reposts", counts.reposts());
            json.put("quotes", counts.quotes());
            json.put("likes", counts.likes());
            json.put("replies", counts.replies());
            json.put("spread", counts.spread());
            json.put("threshold", risk.threshold());
            post.flaggedAt().ifPresent(at -> json.put("flaggedAt", at.toString()));
            post.readAt().ifPresent(at -> json.put("readAt", at.toString()));
            return json;
        }).toList();
    }
}
