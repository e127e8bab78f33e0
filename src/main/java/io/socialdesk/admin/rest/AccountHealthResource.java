package io.socialdesk.admin.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /rest/socialdesk/1.0/admin/health}: the health table of the admin page. Never includes credentials. */
@Path("/admin/health")
@AdminOnly
public class AccountHealthResource {
    private final ChannelAccounts accounts;

    @Inject
    public AccountHealthResource(ChannelAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AdminOnly
    public String health() {
        List<Map<String, Object>> rows = accounts.all().stream().map(AccountHealthResource::row).toList();
        return Json.write(Map.of("accounts", rows));
    }

    private static Map<String, Object> row(ChannelAccount account) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", account.id());
        row.put("kind", account.kind().key());
        row.put("name", account.name());
        row.put("status", account.health().status().name());
        row.put("lastPollAt", iso(account.health().lastPollAt()));
        row.put("lastSuccessAt", iso(account.health().lastSuccessAt()));
        row.put("lastError", account.health().lastError().orElse(null));
        row.put("rateLimitResetAt", iso(account.health().rateLimitResetAt()));
        row.put("nextPollAt", account.health().nextPollAt().toString());
        return row;
    }

    private static String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }
}
