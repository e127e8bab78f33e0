package io.socialdesk.admin.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.socialdesk.admin.AccountDraft;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.web.Json;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /rest/socialdesk/1.0/admin/accounts}: channel accounts for admins. Secrets are write-only: responses say
 * whether an account has them, never what they are.
 */
@Path("/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelAccountResource {
    private static final int MAX_BODY = 64 * 1024;

    private final ChannelAccounts accounts;
    private final ChannelAccountAdmin admin;
    private final UserManager users;

    @Inject
    public ChannelAccountResource(ChannelAccounts accounts, ChannelAccountAdmin admin,
                                  @ComponentImport("salUserManager") UserManager users) {
        this.accounts = accounts;
        this.admin = admin;
        this.users = users;
    }

    @GET
    @AdminOnly
    public String list() {
        return Json.write(Map.of("accounts", accounts.all().stream().map(this::view).toList()));
    }

    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        String adminKey = users.getRemoteUserKey().getStringValue();
        return parse(body).map(json -> respond(admin.create(json, adminKey), Response.Status.CREATED))
                .orElseGet(ChannelAccountResource::malformed);
    }

    @PUT
    @Path("{id}")
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String body) {
        return parse(body).map(json -> respond(admin.update(id, json), Response.Status.OK))
                .orElseGet(ChannelAccountResource::malformed);
    }

    @DELETE
    @Path("{id}")
    @AdminOnly
    public Response delete(@PathParam("id") long id) {
        return admin.delete(id) ? Response.noContent().build() : notFound();
    }

    private Response respond(ChannelAccountAdmin.Outcome outcome, Response.Status success) {
        return switch (outcome) {
            case ChannelAccountAdmin.Saved saved -> Response.status(success).entity(Json.write(view(saved.account())))
                    .build();
            case ChannelAccountAdmin.Rejected rejected -> error(rejected.problem());
            case ChannelAccountAdmin.NotFound notFound -> notFound();
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
        view.put("status", account.health().status().name());
        view.put("lastError", account.health().lastError().orElse(null));
        view.put("hasCredentials", admin.hasCredentials(account.id()));
        return view;
    }

    private static java.util.Optional<JsonObject> parse(String body) {
        if (body == null || body.length() > MAX_BODY) {
            return java.util.Optional.empty();
        }
        try {
            var json = JsonParser.parseString(body);
            return json.isJsonObject() ? java.util.Optional.of(json.getAsJsonObject()) : java.util.Optional.empty();
        } catch (JsonParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static Response malformed() {
        return error(new AccountDraft.Invalid("body", "must be a JSON object of at most 64 KiB"));
    }

    private static Response error(AccountDraft.Invalid problem) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Json.write(Map.of("field", problem.field(), "error", problem.field() + " " + problem.message())))
                .build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(Json.write(Map.of("error", "no such channel account"))).build();
    }
}
