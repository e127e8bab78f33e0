package io.socialdesk.whatsapp;

import com.google.gson.JsonObject;
import io.socialdesk.channel.OutboundReply;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Cloud API's message bodies SocialDesk sends (developers.facebook.com/docs/whatsapp/cloud-api/reference/messages):
 * a text quoting the customer's message, or a template by name and language; and the media address of a media id.
 */
final class CloudMessages {
    /** Meta's ids (phone number ids, media ids) are digits; anything else never reaches a URL. */
    static final Pattern ID = Pattern.compile("[0-9]{1,40}");

    private CloudMessages() {
    }

    /** {@code {"messaging_product":"whatsapp","to":..,"context":{"message_id":..},"type":"text","text":{..}}} */
    static JsonObject text(OutboundReply reply) {
        JsonObject body = envelope(reply, "text");
        if (reply.inReplyToExternalId().startsWith("wamid.")) {
            JsonObject context = new JsonObject();
            context.addProperty("message_id", reply.inReplyToExternalId());
            body.add("context", context);
        }
        JsonObject text = new JsonObject();
        text.addProperty("preview_url", false);
        text.addProperty("body", reply.text());
        body.add("text", text);
        return body;
    }

    /** A template without parameters, as the admin chose it for replies outside the customer's window. */
    static JsonObject template(OutboundReply reply, String name, String language) {
        JsonObject body = envelope(reply, "template");
        JsonObject code = new JsonObject();
        code.addProperty("code", language);
        JsonObject template = new JsonObject();
        template.addProperty("name", name);
        template.add("language", code);
        body.add("template", template);
        return body;
    }

    /** Where a media id's file is described: {@code <api>/<version>/<media-id>}. */
    static URI mediaUrl(URI apiBaseUrl, String mediaId) {
        return apiBaseUrl.resolve("/" + WhatsAppChannel.VERSION + "/" + mediaId);
    }

    /** The media id of an address made by {@link #mediaUrl}, on the account's own API host only. */
    static Optional<String> mediaId(URI apiBaseUrl, URI media) {
        String prefix = "/" + WhatsAppChannel.VERSION + "/";
        if (media.getHost() == null || !media.getHost().equalsIgnoreCase(apiBaseUrl.getHost())
                || media.getPort() != apiBaseUrl.getPort() || media.getPath() == null
                || !media.getPath().startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(media.getPath().substring(prefix.length()));
    }

    private static JsonObject envelope(OutboundReply reply, String type) {
        JsonObject body = new JsonObject();
        body.addProperty("messaging_product", "whatsapp");
        body.addProperty("recipient_type", "individual");
        // the customer's WhatsApp id is their number's digits
        body.addProperty("to", reply.recipientUserId().replaceAll("[^0-9]", ""));
        body.addProperty("type", type);
        return body;
    }
}
