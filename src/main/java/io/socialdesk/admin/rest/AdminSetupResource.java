package io.socialdesk.admin.rest;

import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import io.socialdesk.web.SecureAdminSession;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import io.socialdesk.admin.AdminAudit;
import io.socialdesk.admin.ChannelSetup;
import io.socialdesk.admin.Settings;
import io.socialdesk.admin.SettingsDraft;
import io.socialdesk.admin.SettingsStore;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Verification;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.Json;
import io.socialdesk.web.RequestBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /rest/socialdesk/1.0/admin/...}: what the admin console shows around the accounts: the channels with their
 * fields and help, the service desks and request types, "Test connection", and the routing and phone settings.
 */
@Path("/admin")
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AdminSetupResource {
    private final ChannelSetup setup;
    private final SettingsStore settings;
    private final I18nResolver i18n;
    private final UserManager users;
    private final AdminAudit audit;
    private final SecureAdminSession session;

    @Inject
    public AdminSetupResource(ChannelSetup setup, SettingsStore settings, @ComponentImport I18nResolver i18n,
                              @ComponentImport("salUserManager") UserManager users, AdminAudit audit,
                              SecureAdminSession session) {
        this.setup = setup;
        this.settings = settings;
        this.i18n = i18n;
        this.users = users;
        this.audit = audit;
        this.session = session;
    }

    @GET
    @Path("/channels")
    @AdminOnly
    public Response channels(@Context HttpServletRequest request) {
        return session.guardJson(request,
                () -> Json.write(Map.of("channels", setup.channels().specs().stream().map(this::spec).toList())));
    }

    @GET
    @Path("/targets")
    @AdminOnly
    public Response targets(@Context HttpServletRequest request) {
        return session.guardJson(request,
                () -> Json.write(Map.of("serviceDesks", setup.desks(users.getRemoteUserKey().getStringValue()))));
    }

    @POST
    @Path("/connection-test")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response test(@Context HttpServletRequest request, InputStream body) {
        return session.guard(request, () -> {
            RequestBody.Read read = RequestBody.jsonObject(body);
            if (read instanceof RequestBody.Refused refused) {
                return refused.error().response();
            }
            return switch (setup.test(((RequestBody.JsonBody) read).json())) {
                case Verification.Verified verified -> Response.ok(Json.write(Map.of("ownUserId",
                        verified.ownUserId(), "handle", verified.handle())), MediaType.APPLICATION_JSON_TYPE).build();
                case Verification.Failed failed -> ApiError.invalid(failed.field(), failed.message()).response();
            };
        });
    }

    @GET
    @Path("/settings")
    @AdminOnly
    public Response settings(@Context HttpServletRequest request) {
        return session.guardJson(request, () -> Json.write(SettingsDraft.json(settings.read())));
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response saveSettings(@Context HttpServletRequest request, InputStream body) {
        return session.guard(request, () -> {
            RequestBody.Read read = RequestBody.jsonObject(body);
            if (read instanceof RequestBody.Refused refused) {
                return refused.error().response();
            }
            java.util.Set<String> keepable = setup.channels().specs().stream()
                    .filter(spec -> spec.deletedPosts() == io.socialdesk.channel.DeletedPosts.MAY_STAY)
                    .map(spec -> spec.kind().key()).collect(java.util.stream.Collectors.toSet());
            return switch (SettingsDraft.parse(((RequestBody.JsonBody) read).json(), keepable)) {
                case SettingsDraft.Invalid invalid -> ApiError.invalid(invalid.field(), invalid.message()).response();
                case SettingsDraft.Valid valid -> {
                    Settings saved = valid.settings();
                    settings.save(saved);
                    audit.record(AdminAudit.Change.SETTINGS_CHANGED, Map.of("socialdesk.audit.attr.settings",
                            Json.write(SettingsDraft.json(saved))));
                    yield Response.ok(Json.write(SettingsDraft.json(saved)), MediaType.APPLICATION_JSON_TYPE)
                            .build();
                }
            };
        });
    }

    private Map<String, Object> spec(ChannelSpec spec) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", spec.kind().key());
        json.put("label", spec.label());
        json.put("icon", spec.icon());
        json.put("polled", spec.polled());
        json.put("api", spec.callsApi());
        // where the admin enters a pushed account's webhook URL, in their language
        json.put("webhookHelp", spec.webhookPath().map(path -> i18n.getText(spec.webhookHelpKey())).orElse(null));
        json.put("deletedPostsMayStay", spec.deletedPosts() == io.socialdesk.channel.DeletedPosts.MAY_STAY);
        json.put("defaultApiBaseUrl", spec.defaultApiBaseUrl().map(URI::toString).orElse(null));
        json.put("credentials", spec.credentials().stream().map(credential -> Map.of("name", credential.name(),
                "required", credential.required(), "help", i18n.getText(credential.helpKey()))).toList());
        return json;
    }
}
