package io.socialdesk.whatsapp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.DeliveryReceipt;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One webhook notification of the WhatsApp Business Account object ({@code {"object":"whatsapp_business_account",
 * "entry":[{"id":<waba id>,"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":..},"contacts":[..],
 * "messages":[..],"statuses":[..]}}]}]}}, developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples),
 * read leniently: every change for one business number, its customers' messages as posts and its statuses as delivery
 * receipts. An item without an id, a sender or a time is counted as unreadable and passed over.
 */
record WhatsAppNotification(List<Change> changes) {
    /** What one business number was sent: {@code apiBaseUrl} names its media. */
    record Change(String phoneNumberId, List<InboundPost> messages, List<DeliveryReceipt> receipts, int unreadable) {
    }

    /** {@code apiBaseUrl}: the account of each number's API, for the address of its media. */
    static WhatsAppNotification read(JsonObject body, Function<String, Optional<URI>> apiBaseUrl) {
        List<Change> changes = new ArrayList<>();
        for (JsonObject entry : objects(body, "entry")) {
            for (JsonObject change : objects(entry, "changes")) {
                if (!JsonFields.string(change, "field").orElse("").equals("messages")) {
                    continue; // template reviews, quality changes: nothing for a request
                }
                JsonFields.object(change, "value").ifPresent(value -> JsonFields.object(value, "metadata")
                        .flatMap(m -> JsonFields.string(m, "phone_number_id"))
                        .ifPresent(number -> changes.add(change(value, number, apiBaseUrl.apply(number)))));
            }
        }
        return new WhatsAppNotification(List.copyOf(changes));
    }

    private static Change change(JsonObject value, String number, Optional<URI> api) {
        List<InboundPost> messages = new ArrayList<>();
        List<DeliveryReceipt> receipts = new ArrayList<>();
        int unreadable = 0;
        for (JsonObject message : objects(value, "messages")) {
            Optional<InboundPost> post = api.flatMap(base -> message(message, value, base));
            if (post.isPresent()) {
                messages.add(post.get());
            } else {
                unreadable++;
            }
        }
        for (JsonObject status : objects(value, "statuses")) {
            Optional<DeliveryReceipt> receipt = receipt(status);
            if (receipt.isPresent()) {
                receipts.add(receipt.get());
            } else {
                unreadable++;
            }
        }
        return new Change(number, messages, receipts, unreadable);
    }

    private static Optional<InboundPost> message(JsonObject message, JsonObject value, URI api) {
        Optional<String> id = JsonFields.string(message, "id").filter(i -> !i.isBlank() && i.length() <= 200);
        Optional<String> from = JsonFields.string(message, "from").map(f -> f.replaceAll("[^0-9]", ""))
                .filter(f -> f.length() >= 6 && f.length() <= 15);
        Optional<Instant> at = seconds(message);
        if (id.isEmpty() || from.isEmpty() || at.isEmpty()) {
            return Optional.empty();
        }
        String number = "+" + from.get();
        String name = objects(value, "contacts").stream()
                .filter(c -> JsonFields.string(c, "wa_id").map(w -> w.replaceAll("[^0-9]", ""))
                        .filter(from.get()::equals).isPresent())
                .findFirst().flatMap(c -> JsonFields.object(c, "profile"))
                .flatMap(p -> JsonFields.string(p, "name")).orElse("");
        Optional<String> answered = JsonFields.object(message, "context").flatMap(c -> JsonFields.string(c, "id"));
        // one chat per customer and business number: its messages thread like a conversation
        return Optional.of(new InboundPost(id.get(), PostKind.DIRECT_MESSAGE, MessageText.of(message),
                Optional.empty(), new Author(number, number, name, OptionalLong.empty(), Optional.empty()), at.get(),
                Optional.of("whatsapp:" + from.get()), answered, Optional.empty(), MessageText.media(message, api)));
    }

    private static Optional<DeliveryReceipt> receipt(JsonObject status) {
        Optional<String> id = JsonFields.string(status, "id").filter(i -> !i.isBlank());
        Optional<DeliveryReceipt.State> state = JsonFields.string(status, "status")
                .flatMap(s -> switch (s.toLowerCase(Locale.ROOT)) {
                    case "sent" -> Optional.of(DeliveryReceipt.State.SENT);
                    case "delivered" -> Optional.of(DeliveryReceipt.State.DELIVERED);
                    case "read" -> Optional.of(DeliveryReceipt.State.READ);
                    case "failed" -> Optional.of(DeliveryReceipt.State.FAILED);
                    default -> Optional.<DeliveryReceipt.State>empty();
                });
        Optional<Instant> at = seconds(status);
        if (id.isEmpty() || state.isEmpty() || at.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> failure = objects(status, "errors").stream().findFirst()
                .map(error -> CloudApiError.of(error).describe());
        return Optional.of(new DeliveryReceipt(id.get(), state.get(), at.get(), failure));
    }

    /** The Cloud API writes times as Unix seconds in a string. */
    private static Optional<Instant> seconds(JsonObject item) {
        try {
            return JsonFields.string(item, "timestamp").map(Long::parseLong).filter(s -> s > 0 && s < 32_503_680_000L)
                    .map(Instant::ofEpochSecond);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<JsonObject> objects(JsonObject parent, String name) {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonElement element : JsonFields.array(parent, name)) {
            if (element.isJsonObject()) {
                objects.add(element.getAsJsonObject());
            }
        }
        return objects;
    }
}
