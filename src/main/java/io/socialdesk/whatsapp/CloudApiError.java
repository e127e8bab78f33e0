package io.socialdesk.whatsapp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.SendResult.SendFailure;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.JsonFields;
import java.util.Optional;
import java.util.Set;

/**
 * The Cloud API's error object ({@code {"error": {"code": 131047, "message": ..., "error_data": {"details": ...}}}},
 * also inside a failed status of the webhook) read as SocialDesk's meaning: the customer's window closed, the message
 * cannot be delivered, a rate limit, the token or its permissions, a template problem, or an outage. Codes from
 * developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes.
 */
record CloudApiError(Kind kind, long code, String text) {
    enum Kind {
        /** 131047: more than 24 hours since the customer's last message; only a template may be sent. */
        WINDOW,
        /** 131026 and the like: the number cannot receive it (not on WhatsApp, old app, terms not accepted). */
        UNDELIVERABLE,
        /** 4, 80007, 130429, 131048, 131056: too many messages; wait. */
        RATE_LIMIT,
        /** 0, 190: the token expired or was revoked; 3, 10, 200-299, 131005, 131031: a permission or the account. */
        TOKEN,
        /** 132000-132016: the template does not exist in that language, or is paused or disabled. */
        TEMPLATE,
        /** 100, 131008, 131009, 131051, 131052, 131053: this request is not acceptable as it is. */
        REFUSED,
        /** 1, 2, 131000, 131016, 133004 and anything unknown: Meta's side; try later. */
        OUTAGE
    }

    private static final Set<Long> RATE = Set.of(4L, 80007L, 130429L, 131048L, 131056L);
    private static final Set<Long> TOKEN = Set.of(0L, 190L, 3L, 10L, 131005L, 131031L);
    private static final Set<Long> REFUSED = Set.of(100L, 131008L, 131009L, 131051L, 131052L, 131053L);

    static CloudApiError of(Exchange.Answer answer) {
        Optional<JsonObject> error = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> JsonFields.object(json.getAsJsonObject(), "error"));
        CloudApiError read = error.map(CloudApiError::of).orElseGet(() -> new CloudApiError(Kind.OUTAGE, -1,
                "HTTP " + answer.status()));
        if (answer.status() == 429 && read.kind() == Kind.OUTAGE) {
            return new CloudApiError(Kind.RATE_LIMIT, read.code(), read.text());
        }
        return read;
    }

    /** One error object, of an answer or of a webhook status. */
    static CloudApiError of(JsonObject error) {
        long code = JsonFields.number(error, "code").orElse(-1);
        String text = JsonFields.object(error, "error_data").flatMap(d -> JsonFields.string(d, "details"))
                .or(() -> JsonFields.string(error, "message")).or(() -> JsonFields.string(error, "title"))
                .orElse("no details given");
        return new CloudApiError(kind(code), code, text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    private static Kind kind(long code) {
        if (code == 131047) {
            return Kind.WINDOW;
        }
        if (code == 131026 || code == 131021 || code == 131049 || code == 131050) {
            return Kind.UNDELIVERABLE;
        }
        if (RATE.contains(code)) {
            return Kind.RATE_LIMIT;
        }
        if (TOKEN.contains(code) || (code >= 200 && code <= 299)) {
            return Kind.TOKEN;
        }
        if (code >= 132000 && code <= 132016) {
            return Kind.TEMPLATE;
        }
        return REFUSED.contains(code) ? Kind.REFUSED : Kind.OUTAGE;
    }

    /** In the agent's or admin's words, with Meta's code and details. */
    String describe() {
        String what = switch (kind) {
            case WINDOW -> "WhatsApp accepts free text only within 24 hours of the customer's last message";
            case UNDELIVERABLE -> "WhatsApp could not deliver it: the number may not use WhatsApp, run an old "
                    + "version or not have accepted WhatsApp's terms";
            case RATE_LIMIT -> "WhatsApp's rate limit was reached; try again in a few minutes";
            case TOKEN -> "the access token was refused (expired, revoked or without the whatsapp_business_messaging "
                    + "permission): create a new system user token";
            case TEMPLATE -> "the chosen template was refused (not approved, paused, or not in that language)";
            case REFUSED -> "WhatsApp refused this message";
            case OUTAGE -> "WhatsApp answered with an error; try again later";
        };
        return what + " (" + (code >= 0 ? "code " + code + ": " : "") + text + ")";
    }

    SendFailure failure() {
        return switch (kind) {
            case TOKEN -> SendFailure.AUTH_FAILED;
            case RATE_LIMIT -> SendFailure.RATE_LIMITED;
            case WINDOW, UNDELIVERABLE, TEMPLATE, REFUSED -> SendFailure.REFUSED;
            case OUTAGE -> SendFailure.UNAVAILABLE;
        };
    }
}
