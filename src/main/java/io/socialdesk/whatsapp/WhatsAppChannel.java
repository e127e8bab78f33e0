package io.socialdesk.whatsapp;

import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.CredentialSpec;
import io.socialdesk.channel.ReplyRule;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * WhatsApp Business Platform (Cloud API) as a channel: pushed (messages arrive only by webhook; there is nothing to
 * poll), answered through the Cloud API at Meta's Graph host. A sender's id is their phone number, so a customer who
 * called yesterday and writes on WhatsApp today is one identity. Its settings: the business phone number's id and the
 * business account's id, a system user's access token, the Meta app's secret (signs the webhook) and the verify token
 * of the webhook handshake, and the approved template sent when the customer's 24-hour window has closed.
 * Shapes: developers.facebook.com/docs/whatsapp/cloud-api (reference/messages, webhooks/payload-examples,
 * support/error-codes); the same shapes in the open-source client github.com/piusalfred/whatsapp.
 */
public final class WhatsAppChannel {
    public static final ChannelKind KIND = new ChannelKind("whatsapp");
    /** The Graph API version every call names; Meta keeps a version for two years after the next one. */
    static final String VERSION = "v23.0";
    /** The Cloud API refuses a text message's body above this many characters. */
    static final int MAX_TEXT = 4096;
    static final String PHONE_NUMBER_ID = "phoneNumberId";
    static final String BUSINESS_ACCOUNT_ID = "businessAccountId";
    static final String ACCESS_TOKEN = "accessToken";
    static final String APP_SECRET = "appSecret";
    static final String VERIFY_TOKEN = "webhookVerifyToken";
    static final String TEMPLATE_NAME = "templateName";
    static final String TEMPLATE_LANGUAGE = "templateLanguage";

    private static final ReplyRule LENGTH = reply -> reply.text().length() > MAX_TEXT
            ? Optional.of("WhatsApp takes at most 4,096 characters in one message")
            : Optional.empty();

    public static final ChannelSpec SPEC = new ChannelSpec(KIND, "WhatsApp", "images/channels/whatsapp.svg",
            ChannelSpec.Delivery.PUSHED, List.of(
                    credential(PHONE_NUMBER_ID, true), credential(BUSINESS_ACCOUNT_ID, true),
                    credential(ACCESS_TOKEN, true), credential(APP_SECRET, true), credential(VERIFY_TOKEN, true),
                    credential(TEMPLATE_NAME, false), credential(TEMPLATE_LANGUAGE, false)),
            ChannelSpec.IdentityScope.PHONE_NUMBER, Optional.of(URI.create("https://graph.facebook.com")), LENGTH,
            ChannelSpec.NO_HINT)
            .withWebhook("/rest/socialdesk/1.0/whatsapp/webhook");

    private WhatsAppChannel() {
    }

    private static CredentialSpec credential(String name, boolean required) {
        return new CredentialSpec(name, required, "socialdesk.credential.whatsapp." + name);
    }
}
