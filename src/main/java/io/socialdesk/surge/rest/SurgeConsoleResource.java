package io.socialdesk.surge.rest;

import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import io.socialdesk.web.SecureAdminSession;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import io.socialdesk.surge.Surge;
import io.socialdesk.surge.SurgeMember;
import io.socialdesk.surge.SurgeStore;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /rest/socialdesk/1.0/admin/surges}: the admin console's list of the 20 newest surges, active ones first
 * in time, with their account, rates and incident request.
 */
@Path("/admin/surges")
@WebSudoRequired
@AdminOnly
public class SurgeConsoleResource {
    static final int LISTED = 20;

    private final SurgeStore surges;
    private final ChannelAccounts accounts;
    private final RequestDesk desk;
    private final SecureAdminSession session;

    @Inject
    public SurgeConsoleResource(SurgeStore surges, ChannelAccounts accounts, RequestDesk desk,
                                SecureAdminSession session) {
        this.surges = surges;
        this.accounts = accounts;
        this.desk = desk;
        this.session = session;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response surges(@Context HttpServletRequest request) {
        return session.guardJson(request,
                () -> Json.write(Map.of("surges", surges.recent(LISTED).stream().map(this::row).toList())));
    }

    private Map<String, Object> row(Surge surge) {
        Map<String, Object> row = new LinkedHashMap<>();
        Optional<ChannelAccount> account = accounts.byId(surge.accountId());
        row.put("id", surge.id());
        row.put("account", account.map(ChannelAccount::name).orElse("#" + surge.accountId()));
        row.put("channel", account.map(a -> a.kind().key()).orElse(null));
        row.put("active", surge.active());
        row.put("startedAt", surge.startedAt().toString());
        row.put("endedAt", surge.endedAt().map(Object::toString).orElse(null));
        row.put("peakPerMinute", Math.round(surge.peak() * 10) / 10.0);
        row.put("usualPerMinute", Math.round(surge.usual() * 100) / 100.0);
        row.put("incident", surge.incidentIssueId().flatMap(desk::state).map(RequestState::key).orElse(null));
        row.put("members", surges.members(surge.id()).stream().filter(SurgeMember::member).count());
        return row;
    }
}
