package io.socialdesk.whatsapp.rest;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.socialdesk.web.MetaDelivery;
import io.socialdesk.web.MetaHandshake;
import io.socialdesk.whatsapp.WhatsAppWebhooks;
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
 * {@code /rest/socialdesk/1.0/whatsapp/webhook}, the callback URL of the WhatsApp product of the company's Meta app:
 * {@code GET} answers Meta's verification handshake with a verify token an admin configured on a WhatsApp number,
 * {@code POST} takes a notification signed with the app secret ({@code X-Hub-Signature-256}): customers' messages and
 * the statuses of our replies.
 */
@Path("/whatsapp/webhook")
@UnrestrictedAccess
public class WhatsAppWebhookResource {
    private final WhatsAppWebhooks webhooks;

    @Inject
    public WhatsAppWebhookResource(WhatsAppWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @UnrestrictedAccess
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
                           @QueryParam("hub.challenge") String challenge) {
        return MetaHandshake.answer(mode, token, challenge, webhooks::verifies,
                "not the verify token of a connected WhatsApp number");
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @UnrestrictedAccess
    @XsrfProtectionExcluded // server-to-server and signed by Meta: no browser session to forge
    public Response notify(@HeaderParam("X-Hub-Signature-256") String signature, InputStream body) {
        return MetaDelivery.answer(body, signature, webhooks::notify, "a connected WhatsApp number");
    }
}
