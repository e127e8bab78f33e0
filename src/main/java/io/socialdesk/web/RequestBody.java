package io.socialdesk.web;

import com.google.gson.JsonObject;
import io.socialdesk.support.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one way SocialDesk's REST resources read a request body: at most {@value #LIMIT} bytes (larger is refused with
 * 413 without being held in memory), and JSON read strictly (RFC 8259: no comments, single quotes, unquoted names or
 * trailing content), so what one client sends means the same to every resource.
 */
public final class RequestBody {
    public static final int LIMIT = 64 * 1024;

    public sealed interface Read {
    }

    public record Bytes(byte[] bytes) implements Read {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public record JsonBody(JsonObject json) implements Read {
    }

    public record Refused(ApiError error) implements Read {
    }

    private RequestBody() {
    }

    /** The raw bytes (for bodies that are signed or form-encoded), or 413. */
    public static Read bytes(InputStream in) {
        if (in == null) {
            return new Bytes(new byte[0]);
        }
        try {
            byte[] bytes = in.readNBytes(LIMIT + 1);
            return bytes.length > LIMIT ? new Refused(ApiError.tooLarge(LIMIT)) : new Bytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
    }

    /**
     * A JSON object, or 413 when too large, or 400 naming the body when it is not one in UTF-8, or naming the first
     * field whose text no one could have meant: a NUL, another control character than tab and line breaks, or half
     * of a surrogate pair (JSON's escapes let one through). Such text is refused before anything is stored or posted
     * to a network, on every endpoint alike.
     */
    public static Read jsonObject(InputStream in) {
        Read read = bytes(in);
        if (!(read instanceof Bytes raw)) {
            return read;
        }
        Optional<String> text = Utf8.decode(raw.bytes());
        if (text.isEmpty()) {
            return new Refused(ApiError.invalid("body", "must be UTF-8"));
        }
        Optional<JsonObject> json = StrictJson.object(text.get());
        if (json.isEmpty()) {
            return notAnObject();
        }
        return TextFields.firstUnreadable(json.get()).<Read>map(field -> new Refused(ApiError.invalid(field,
                "contains a NUL, control character or broken character (lone surrogate); send plain text")))
                .orElseGet(() -> new JsonBody(json.get()));
    }

    private static Refused notAnObject() {
        return new Refused(ApiError.invalid("body", "must be one JSON object (strict JSON, UTF-8)"));
    }
}
