package io.socialdesk.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelDrivers;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.RequestTarget;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An admin's account form as JSON, validated field by field. The first problem is reported with the name of its
 * field, so the REST API can answer 400 saying exactly what to fix; nothing is stored unless all of it is valid.
 */
public final class AccountDraft {
    static final int MIN_POLL_SECONDS = 15;
    static final int DEFAULT_POLL_SECONDS = 60;
    static final List<String> PHONE_SECRETS = List.of("webhookSecret", "twilioAuthToken", "automationWebhookUrl");
    private static final String DEFAULT_PHONE_SERVICE = "https://api.twilio.com/";

    public sealed interface Parsed permits Valid, Invalid {
    }

    /** Valid input: the settings, and the secrets if the form carried them (on update they may be left out). */
    public record Valid(AccountSettings settings, Optional<Credentials> credentials) implements Parsed {
    }

    public record Invalid(String field, String message) implements Parsed {
    }

    private AccountDraft() {
    }

    public static Parsed parse(JsonObject json, ChannelDrivers drivers, ApiBaseUrlPolicy urls,
                               boolean credentialsRequired) {
        Optional<ChannelKind> kind = text(json, "kind").flatMap(ChannelKind::fromKey);
        if (kind.isEmpty()) {
            return new Invalid("kind", "must be one of x, mastodon, bluesky, phone");
        }
        Optional<List<String>> secretNames = kind.get() == ChannelKind.PHONE ? Optional.of(PHONE_SECRETS)
                : drivers.forKind(kind.get()).map(ChannelDriver::credentialNames);
        if (secretNames.isEmpty()) {
            return new Invalid("kind", "no driver for " + kind.get().key() + " in this version");
        }
        Optional<String> name = text(json, "name").map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 255);
        if (name.isEmpty()) {
            return new Invalid("name", "is required (at most 255 characters)");
        }
        // a phone line is pushed to, never called: its URL only records which telephony service sends the calls
        Optional<URI> url = text(json, "apiBaseUrl").or(() -> kind.get() == ChannelKind.PHONE
                ? Optional.of(DEFAULT_PHONE_SERVICE) : Optional.empty()).flatMap(AccountDraft::uri);
        if (url.isEmpty()) {
            return new Invalid("apiBaseUrl", "is required, e.g. https://mastodon.social");
        }
        // Jira never sends anything to a phone line's URL, so its address needs no check (nor DNS)
        Optional<String> refused = kind.get() == ChannelKind.PHONE ? Optional.empty() : urls.refusal(url.get());
        if (refused.isPresent()) {
            return new Invalid("apiBaseUrl", refused.get());
        }
        Optional<Integer> serviceDesk = positive(json, "serviceDeskId");
        if (serviceDesk.isEmpty()) {
            return new Invalid("serviceDeskId", "must be a positive number");
        }
        Optional<Integer> requestType = positive(json, "requestTypeId");
        if (requestType.isEmpty()) {
            return new Invalid("requestTypeId", "must be a positive number");
        }
        int pollSeconds = json.has("pollSeconds") ? positive(json, "pollSeconds").orElse(-1) : DEFAULT_POLL_SECONDS;
        if (pollSeconds < MIN_POLL_SECONDS) {
            return new Invalid("pollSeconds", "must be at least " + MIN_POLL_SECONDS);
        }
        if (json.has("enabled") && !(json.get("enabled").isJsonPrimitive()
                && json.get("enabled").getAsJsonPrimitive().isBoolean())) {
            return new Invalid("enabled", "must be true or false");
        }
        boolean enabled = !json.has("enabled") || json.get("enabled").getAsBoolean();
        Optional<Invalid> badSecrets = credentialProblem(json, secretNames.get(),
                requiredSecrets(kind.get(), secretNames.get()), credentialsRequired);
        if (badSecrets.isPresent()) {
            return badSecrets.get();
        }
        Optional<Credentials> secrets = credentials(json, secretNames.get());
        AccountSettings settings = new AccountSettings(kind.get(), name.get(), url.get(),
                new RequestTarget(serviceDesk.get(), requestType.get()), Duration.ofSeconds(pollSeconds), enabled,
                text(json, "ownUserId").map(String::strip).filter(s -> !s.isEmpty())
                        .or(() -> kind.get() == ChannelKind.X ? secrets.flatMap(AccountDraft::xUserId)
                                : Optional.empty()));
        return new Valid(settings, secrets);
    }

    /** X user access tokens start with the user's id ("12345-abc…"): the account's own id, for the own-post rule. */
    private static Optional<String> xUserId(Credentials credentials) {
        return credentials.get("accessToken").filter(t -> t.indexOf('-') > 0)
                .map(t -> t.substring(0, t.indexOf('-'))).filter(id -> id.chars().allMatch(Character::isDigit));
    }

    private static List<String> requiredSecrets(ChannelKind kind, List<String> names) {
        // a phone line signs generic webhooks with its secret; the Twilio token is only for Twilio callbacks
        return kind == ChannelKind.PHONE ? List.of("webhookSecret") : names;
    }

    private static Optional<Invalid> credentialProblem(JsonObject json, List<String> names, List<String> required,
                                                       boolean credentialsRequired) {
        JsonElement element = json.get("credentials");
        if (element == null || element.isJsonNull()) {
            return credentialsRequired
                    ? Optional.of(new Invalid("credentials", "are required: " + required))
                    : Optional.empty();
        }
        if (!element.isJsonObject()) {
            return Optional.of(new Invalid("credentials", "must be an object with " + names));
        }
        return required.stream()
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
            text(element.getAsJsonObject(), secret).filter(v -> !v.isBlank()).ifPresent(v -> values.put(secret, v));
        }
        return Optional.of(new Credentials(values));
    }

    private static Optional<URI> uri(String value) {
        try {
            URI uri = new URI(value.strip());
            String path = uri.getPath() == null ? "" : uri.getPath();
            return path.isEmpty() || path.equals("/") ? Optional.of(uri.resolve("/")) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()) : Optional.empty();
    }

    private static Optional<Integer> positive(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return Optional.empty();
        }
        try {
            int number = value.getAsBigDecimal().intValueExact();
            return number > 0 ? Optional.of(number) : Optional.empty();
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
