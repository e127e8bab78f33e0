package io.socialdesk.channel.meta;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.JsonFields;
import java.time.Duration;
import java.util.Optional;

/**
 * Graph's {@code {"error": {"message", "type", "code", "error_subcode"}}} sorted into what SocialDesk does about it.
 * {@code waitFor} comes from {@code X-Business-Use-Case-Usage} / {@code X-App-Usage}'s
 * {@code estimated_time_to_regain_access} (minutes) when Meta sends it.
 */
record GraphError(Kind kind, long code, long subcode, String message, Optional<Duration> waitFor) {
    enum Kind {
        /** 190: the token expired, was revoked, or the user changed their password. */
        TOKEN,
        /** 10 and 200-299: the app or token lacks a permission (pages_messaging, pages_read_user_content ...). */
        PERMISSION,
        /** 4, 17, 32, 613, 80001-80014. */
        RATE_LIMIT,
        /** Messenger's messaging window has closed (code 10, subcode 2018278; code 551). */
        WINDOW,
        /** 100 and similar: this request cannot succeed as asked (deleted object, reply to a reply). */
        REFUSED,
        OTHER
    }

    static GraphError of(Exchange.Answer answer) {
        Optional<JsonObject> error = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> JsonFields.object(json.getAsJsonObject(), "error"));
        long code = error.map(e -> JsonFields.number(e, "code").orElse(0)).orElse(0L);
        long subcode = error.map(e -> JsonFields.number(e, "error_subcode").orElse(0)).orElse(0L);
        String message = error.flatMap(e -> JsonFields.string(e, "message")).orElse("HTTP " + answer.status());
        Kind kind;
        if (code == 190 || answer.status() == 401) {
            kind = Kind.TOKEN;
        } else if ((code == 10 && subcode == 2018278) || code == 551) {
            kind = Kind.WINDOW;
        } else if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80001 && code <= 80014)
                || answer.status() == 429) {
            kind = Kind.RATE_LIMIT;
        } else if (code == 10 || (code >= 200 && code <= 299)) {
            kind = Kind.PERMISSION;
        } else if (code == 100 || code == 368) {
            kind = Kind.REFUSED;
        } else {
            kind = Kind.OTHER;
        }
        return new GraphError(kind, code, subcode, message, regainAccess(answer));
    }

    String describe() {
        String what = switch (kind) {
            case TOKEN -> "the Page access token was refused (expired or revoked): create a new one";
            case PERMISSION -> "the token lacks a permission Meta requires";
            case RATE_LIMIT -> "Meta's rate limit was reached";
            case WINDOW -> "Messenger and Instagram accept a reply within 24 hours of the customer's last message "
                    + "(7 days as a human agent reply); ask the customer to write again, or answer on another channel";
            case REFUSED -> "Meta refused this request";
            case OTHER -> "Meta answered with an error";
        };
        return what + " (" + message + (code == 0 ? "" : ", code " + code + (subcode == 0 ? "" : "/" + subcode))
                + ")";
    }

    private static Optional<Duration> regainAccess(Exchange.Answer answer) {
        for (String header : new String[] {"X-Business-Use-Case-Usage", "X-App-Usage"}) {
            Optional<Long> minutes = answer.header(header).flatMap(JsonFields::parse).flatMap(GraphError::minutes);
            if (minutes.isPresent()) {
                return minutes.map(Duration::ofMinutes);
            }
        }
        return Optional.empty();
    }

    /** The largest estimated_time_to_regain_access anywhere in the usage header (its shape differs per header). */
    private static Optional<Long> minutes(JsonElement usage) {
        if (usage.isJsonObject()) {
            JsonObject object = usage.getAsJsonObject();
            Optional<Long> own = JsonFields.number(object, "estimated_time_to_regain_access").stream().boxed()
                    .findFirst();
            Optional<Long> nested = object.entrySet().stream().map(e -> minutes(e.getValue()))
                    .flatMap(Optional::stream).max(Long::compare);
            return own.isPresent() && nested.isPresent() ? Optional.of(Math.max(own.get(), nested.get()))
                    : own.or(() -> nested);
        }
        if (usage.isJsonArray()) {
            return usage.getAsJsonArray().asList().stream().map(GraphError::minutes).flatMap(Optional::stream)
                    .max(Long::compare);
        }
        return Optional.empty();
    }
}
