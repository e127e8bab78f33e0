package io.socialdesk.admin.rest;

import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import io.socialdesk.web.SecureAdminSession;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.socialdesk.intake.InteractionLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /rest/socialdesk/1.0/admin/health}: the health table of the admin page. Never includes credentials. */
@Path("/admin/health")
@WebSudoRequired
@AdminOnly
public class AccountHealthResource {
    private final ChannelAccounts accounts;
    private final InteractionLog log;
    private final Clock clock;
    private final SecureAdminSession session;

    @Inject
    public AccountHealthResource(ChannelAccounts accounts, InteractionLog log, Clock clock,
                                 SecureAdminSession session) {
        this.accounts = accounts;
        this.log = log;
        this.clock = clock;
        this.session = session;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response health(@Context HttpServletRequest request) {
        return session.guardJson(request,
                () -> Json.write(Map.of("accounts", accounts.all().stream().map(this::row).toList())));
    }

    private Map<String, Object> row(ChannelAccount account) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", account.id());
        row.put("kind", account.kind().key());
        row.put("name", account.name());
        row.put("status", account.health().status().name());
        row.put("lastPollAt", iso(account.health().lastPollAt()));
        row.put("lastSuccessAt", iso(account.health().lastSuccessAt()));
        row.put("lastError", account.health().lastError().orElse(null));
        row.put("notice", account.health().notice().orElse(null));
        row.put("rateLimitResetAt", iso(account.health().rateLimitResetAt()));
        row.put("nextPollAt", account.health().nextPollAt().toString());
        row.put("failures", account.health().consecutiveFailures());
        row.put("pending", log.pendingCount(account.id()));
        row.put("recorded24h", log.recordedSince(account.id(), clock.instant().minus(Duration.ofHours(24))));
        return row;
    }

    private static String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
