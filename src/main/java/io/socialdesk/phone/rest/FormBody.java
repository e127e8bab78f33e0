package io.socialdesk.phone.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code application/x-www-form-urlencoded} parsed by hand: the signature needs every parameter exactly as sent. */
final class FormBody {
    private FormBody() {
    }

    static Optional<Map<String, String>> parse(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isBlank()) {
            return Optional.of(params);
        }
        try {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (params.putIfAbsent(name, value) != null) {
                    return Optional.empty(); // a repeated name is ambiguous to sign
                }
            }
            return Optional.of(params);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
