package io.socialdesk.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.RequestTarget;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An admin's account form as JSON, validated field by field against the channel's spec. The first problem is
 * reported with the name of its field, so the REST API can answer 400 saying exactly what to fix; nothing is stored
 * unless all of it is valid.
 */
public final class AccountDraft {
    static final int MIN_POLL_SECONDS = 15;
    static final int DEFAULT_POLL_SECONDS = 60;
    static final int MAX_POLL_SECONDS = 86_400;
    static final int MAX_TEXT = 255;
    static final int MAX_URL = 450;

    public sealed interface Parsed permits Valid, Invalid {
    }

    /** Valid input: the settings, and the secrets if the form carried them (on update they may be left out). */
    public record Valid(AccountSettings settings, Optional<Credentials> credentials) implements Parsed {
    }

    public record Invalid(String field, String message) implements Parsed {
    }

    private AccountDraft() {
    }

    public static Parsed parse(JsonObject json, ChannelCatalog channels, ApiBaseUrlPolicy urls,
                               boolean credentialsRequired) {
        Optional<String> controlled = fieldWithControlCharacters(json, "");
        if (controlled.isPresent()) {
            return new Invalid(controlled.get(), "must not contain control characters");
        }
        Optional<ChannelSpec> spec = text(json, "kind").flatMap(ChannelKind::fromKey).flatMap(channels::spec);
        if (spec.isEmpty()) {
            return new Invalid("kind", "must be one of " + channels.specs().stream().map(s -> s.kind().key())
                    .collect(Collectors.joining(", ")));
        }
        ChannelSpec channel = spec.get();
        Optional<String> name = text(json, "name").map(String::strip).filter(n -> !n.isEmpty() && n.length() <= MAX_TEXT);
        if (name.isEmpty()) {
            return new Invalid("name", "is required (at most " + MAX_TEXT + " characters)");
        }
        Optional<URI> url = Optional.empty();
        if (channel.callsApi()) {
            url = text(json, "apiBaseUrl").or(() -> channel.defaultApiBaseUrl().map(URI::toString))
                    .filter(u -> u.length() <= MAX_URL).flatMap(AccountDraft::uri);
            if (url.isEmpty()) {
                return new Invalid("apiBaseUrl", "is required: the https address of the server, e.g. "
                        + "https://mastodon.social (at most " + MAX_URL + " characters)");
            }
            Optional<String> refused = urls.refusal(url.get());
            if (refused.isPresent()) {
                return new Invalid("apiBaseUrl", refused.get());
            }
        } else if (present(json, "apiBaseUrl")) {
            return new Invalid("apiBaseUrl", "a " + channel.label().toLowerCase(java.util.Locale.ROOT)
                    + " account is called by its sender and has no API address");
        }
        Optional<Integer> serviceDesk = positive(json, "serviceDeskId", Integer.MAX_VALUE);
        if (serviceDesk.isEmpty()) {
            return new Invalid("serviceDeskId", "must be a positive number");
        }
        Optional<Integer> requestType = positive(json, "requestTypeId", Integer.MAX_VALUE);
        if (requestType.isEmpty()) {
            return new Invalid("requestTypeId", "must be a positive number");
        }
        Optional<Duration> poll = Optional.empty();
        if (channel.polled()) {
            int seconds = present(json, "pollSeconds") ? positive(json, "pollSeconds", MAX_POLL_SECONDS).orElse(-1)
                    : DEFAULT_POLL_SECONDS;
            if (seconds < MIN_POLL_SECONDS) {
                return new Invalid("pollSeconds", "must be between " + MIN_POLL_SECONDS + " and " + MAX_POLL_SECONDS);
            }
            poll = Optional.of(Duration.ofSeconds(seconds));
        } else if (present(json, "pollSeconds")) {
            return new Invalid("pollSeconds", "a pushed channel is never polled");
        }
        if (present(json, "enabled") && !(json.get("enabled").isJsonPrimitive()
                && json.get("enabled").getAsJsonPrimitive().isBoolean())) {
            return new Invalid("enabled", "must be true or false");
        }
        boolean enabled = !present(json, "enabled") || json.get("enabled").getAsBoolean();
        Optional<Invalid> badSecrets = credentialProblem(json, channel, credentialsRequired);
        if (badSecrets.isPresent()) {
            return badSecrets.get();
        }
        if (present(json, "ownUserId") && text(json, "ownUserId").isEmpty()) {
            return new Invalid("ownUserId", "must be a text (the account's own user id on the network)");
        }
        Optional<String> ownUserId = text(json, "ownUserId").map(String::strip);
        if (ownUserId.filter(id -> id.length() > MAX_TEXT).isPresent()) {
            return new Invalid("ownUserId", "has at most " + MAX_TEXT + " characters");
        }
        Optional<Credentials> secrets = credentials(json, channel.credentialNames());
        AccountSettings settings = new AccountSettings(channel.kind(), name.get(), url,
                new RequestTarget(serviceDesk.get(), requestType.get()), poll, enabled,
                ownUserId.filter(s -> !s.isEmpty()).or(() -> secrets.flatMap(channel.ownUserIdHint())));
        return new Valid(settings, secrets);
    }

    private static Optional<Invalid> credentialProblem(JsonObject json, ChannelSpec channel,
                                                       boolean credentialsRequired) {
        JsonElement element = json.get("credentials");
        if (element == null || element.isJsonNull()) {
            return credentialsRequired
                    ? Optional.of(new Invalid("credentials", "are required: " + channel.requiredCredentials()))
                    : Optional.empty();
        }
        if (!element.isJsonObject()) {
            return Optional.of(new Invalid("credentials", "must be an object with " + channel.credentialNames()));
        }
        for (String secret : channel.credentialNames()) {
            JsonElement value = element.getAsJsonObject().get(secret);
            if (value != null && !value.isJsonNull() && text(element.getAsJsonObject(), secret).isEmpty()) {
                return Optional.of(new Invalid("credentials." + secret, "must be text"));
            }
        }
        return channel.requiredCredentials().stream()
                .filter(secret -> text(element.getAsJsonObject(), secret).filter(v -> !v.isBlank()).isEmpty())
                .findFirst().map(secret -> new Invalid("credentials." + secret, "is required"));
    }

    /** Only the names the channel asks for are kept: nothing else an admin pastes is stored. */
    private static Optional<Credentials> credentials(JsonObject json, List<String> names) {
        JsonElement element = json.get("credentials");
        if (element == null || !element.isJsonObject()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String secret : names) {
            text(element.getAsJsonObject(), secret).map(String::strip).filter(v -> !v.isEmpty())
                    .ifPresent(v -> values.put(secret, v));
        }
        return Optional.of(new Credentials(values));
    }

    private static Optional<URI> uri(String value) {
        try {
            URI uri = new URI(value.strip());
            String path = uri.getPath() == null ? "" : uri.getPath();
            return uri.getHost() != null && (path.isEmpty() || path.equals("/")) ? Optional.of(uri.resolve("/"))
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The first text field (nested ones as {@code credentials.name}) holding a NUL or another control character. */
    private static Optional<String> fieldWithControlCharacters(JsonObject json, String prefix) {
        for (Map.Entry<String, JsonElement> field : json.entrySet()) {
            JsonElement value = field.getValue();
            if (value.isJsonObject()) {
                Optional<String> nested = fieldWithControlCharacters(value.getAsJsonObject(),
                        prefix + field.getKey() + ".");
                if (nested.isPresent()) {
                    return nested;
                }
            } else if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                    && value.getAsString().chars().anyMatch(Character::isISOControl)) {
                return Optional.of(prefix + field.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean present(JsonObject json, String field) {
        return json.has(field) && !json.get(field).isJsonNull();
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()) : Optional.empty();
    }

    /** A whole number from 1 to {@code max}; huge literals ("1e999999999") are refused without computing them. */
    private static Optional<Integer> positive(JsonObject json, String field, int max) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()
                || value.getAsJsonPrimitive().getAsString().length() > 12) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(value.getAsJsonPrimitive().getAsString());
            if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(max)) > 0
                    || number.stripTrailingZeros().scale() > 0) {
                return Optional.empty();
            }
            return Optional.of(number.intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
