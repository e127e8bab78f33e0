package io.socialdesk.admin.rest;

import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import io.socialdesk.web.SecureAdminSession;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.sal.api.user.UserManager;
import io.socialdesk.admin.AccountActions;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.phone.LineSecrets;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.Json;
import io.socialdesk.web.RequestBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /rest/socialdesk/1.0/admin/accounts}: channel accounts for admins. Secrets are write-only: responses say
 * whether an account has them, never what they are.
 */
@Path("/admin/accounts")
@WebSudoRequired
@Produces(MediaType.APPLICATION_JSON)
public class ChannelAccountResource {
    private static final ApiError NOT_FOUND = ApiError.notFound("id", "no such channel account");

    private final ChannelAccounts accounts;
    private final ChannelAccountAdmin admin;
    private final AccountActions actions;
    private final UserManager users;
    private final SecureAdminSession session;

    @Inject
    public ChannelAccountResource(ChannelAccounts accounts, ChannelAccountAdmin admin, AccountActions actions,
                                  @ComponentImport("salUserManager") UserManager users, SecureAdminSession session) {
        this.accounts = accounts;
        this.admin = admin;
        this.actions = actions;
        this.users = users;
        this.session = session;
    }

    @GET
    @AdminOnly
    public Response list(@Context HttpServletRequest request) {
        return session.guardJson(request,
                () -> Json.write(Map.of("accounts", accounts.all().stream().map(this::view).toList())));
    }

    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, InputStream body) {
        return session.guard(request, () -> {
            String adminKey = users.getRemoteUserKey().getStringValue();
            return switch (RequestBody.jsonObject(body)) {
                case RequestBody.JsonBody json -> respond(admin.create(json.json(), adminKey),
                        Response.Status.CREATED);
                case RequestBody.Refused refused -> refused.error().response();
                case RequestBody.Bytes unexpected -> throw new IllegalStateException("JSON was asked for");
            };
        });
    }

    @PUT
    @Path("{id}")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context HttpServletRequest request, @PathParam("id") long id, InputStream body) {
        return session.guard(request, () -> switch (RequestBody.jsonObject(body)) {
            case RequestBody.JsonBody json -> respond(admin.update(id, json.json()), Response.Status.OK);
            case RequestBody.Refused refused -> refused.error().response();
            case RequestBody.Bytes unexpected -> throw new IllegalStateException("JSON was asked for");
        });
    }

    /** Poll the account at the next run (never before the network's rate-limit reset). */
    @POST
    @Path("{id}/poll")
    @AdminOnly
    public Response pollNow(@Context HttpServletRequest request, @PathParam("id") long id) {
        return session.guard(request, () -> actions.pollNow(id).map(account -> Response.ok(Json.write(view(account)),
                MediaType.APPLICATION_JSON_TYPE).build()).orElseGet(NOT_FOUND::response));
    }

    /** A new webhook signing secret for a phone line, shown this once; the old one keeps working for a day. */
    @POST
    @Path("{id}/secret")
    @AdminOnly
    public Response rotateSecret(@Context HttpServletRequest request, @PathParam("id") long id) {
        return session.guard(request, () -> actions.rotateSecret(id).map(secret -> Response.ok(Json.write(Map.of(
                        "webhookSecret", secret, "previousValidForHours", LineSecrets.GRACE.toHours())),
                        MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build())
                .orElseGet(() -> ApiError.notFound("id", "no such phone line").response()));
    }

    @DELETE
    @Path("{id}")
    @AdminOnly
    public Response delete(@Context HttpServletRequest request, @PathParam("id") long id) {
        return session.guard(request, () -> admin.delete(id) ? Response.noContent().build() : NOT_FOUND.response());
    }

    private Response respond(ChannelAccountAdmin.Outcome outcome, Response.Status success) {
        return switch (outcome) {
            case ChannelAccountAdmin.Saved saved -> Response.status(success).entity(Json.write(view(saved.account())))
                    .build();
            case ChannelAccountAdmin.Rejected rejected ->
                    ApiError.invalid(rejected.problem().field(), rejected.problem().message()).response();
            case ChannelAccountAdmin.NotFound notFound -> NOT_FOUND.response();
        };
    }

    private Map<String, Object> view(ChannelAccount account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.id());
        view.put("kind", account.kind().key());
        view.put("name", account.name());
        view.put("apiBaseUrl", account.apiBaseUrl().map(Object::toString).orElse(null));
        view.put("serviceDeskId", account.target().serviceDeskId());
        view.put("requestTypeId", account.target().requestTypeId());
        view.put("pollSeconds", account.pollInterval().map(java.time.Duration::toSeconds).orElse(null));
        view.put("ownUserId", account.ownUserId().orElse(null));
        view.put("intakeUser", admin.intakeUsername(account).orElse(account.intakeUserKey()));
        view.put("status", account.health().status().name());
        view.put("lastError", account.health().lastError().orElse(null));
        view.put("notice", account.health().notice().orElse(null));
        view.put("hasCredentials", admin.hasCredentials(account.id()));
        view.put("credentialsSet", admin.credentialNames(account.id()));
        view.put("webhookPath", admin.webhookPath(account).orElse(null));
        return view;
    }
}
