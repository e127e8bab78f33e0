package io.socialdesk.webhook.rest;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.socialdesk.web.MetaDelivery;
import io.socialdesk.web.MetaHandshake;
import io.socialdesk.webhook.MetaWebhooks;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code /rest/socialdesk/1.0/meta/webhook}, the callback URL of the company's Meta app: {@code GET} answers Meta's
 * verification handshake, {@code POST} takes a notification signed with the app secret ({@code X-Hub-Signature-256})
 * and makes the named Page or Instagram account due for a poll now.
 */
@Path("/meta/webhook")
@UnrestrictedAccess
public class MetaWebhookResource {
    private final MetaWebhooks webhooks;

    @Inject
    public MetaWebhookResource(MetaWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @UnrestrictedAccess
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
                           @QueryParam("hub.challenge") String challenge) {
        return MetaHandshake.answer(mode, token, challenge, webhooks::verifies,
                "not a verify token of a connected Facebook or Instagram account");
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @UnrestrictedAccess
    @XsrfProtectionExcluded // server-to-server and signed by Meta: no browser session to forge
    public Response notify(@HeaderParam("X-Hub-Signature-256") String signature, InputStream body) {
        return MetaDelivery.answer(body, signature, webhooks::notify, "a connected Facebook or Instagram account");
    }
}
