package io.socialdesk.webhook;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.Edit;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.viral.PostChanges;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The comment changes in a signed Page {@code feed} notification that a poll cannot see: a comment its author removed
 * ({@code item: comment, verb: remove}) is withdrawn, and one they edited ({@code verb: edited}, or {@code edit} as
 * Meta also writes it, with the new {@code message}) is noted on its request with the new words — each only when
 * SocialDesk has that comment ({@code comment_id}) on a request of this account. Anything else is left to polling.
 */
@Component
public class MetaCommentChanges {
    private final InteractionLog log;
    private final PostChanges changes;
    private final Clock clock;

    @Inject
    public MetaCommentChanges(InteractionLog log, PostChanges changes, Clock clock) {
        this.log = log;
        this.changes = changes;
        this.clock = clock;
    }

    void apply(ChannelAccount account, JsonObject notification) {
        for (JsonObject change : changes(notification)) {
            Optional<JsonObject> value = object(change, "value").filter(v -> "feed".equals(text(change, "field"))
                    && "comment".equals(text(v, "item")));
            Optional<String> commentId = value.map(v -> text(v, "comment_id")).filter(id -> !id.isBlank());
            if (value.isEmpty() || commentId.isEmpty()) {
                continue;
            }
            Optional<InteractionLog.OnRequest> known = log.postOnRequest(account.id(), commentId.get());
            String verb = text(value.get(), "verb");
            if (known.isEmpty()) {
                continue;
            }
            if (verb.equals("remove")) {
                changes.withdraw(account, known.get().interactionId(), clock.instant());
            } else if ((verb.equals("edited") || verb.equals("edit")) && !text(value.get(), "message").isBlank()) {
                changes.edited(account, known.get().interactionId(), known.get().issueId(),
                        new Edit(text(value.get(), "message"), editedAt(value.get())));
            }
        }
    }

    /** Meta's {@code created_time} of the change (seconds), else when it arrived. */
    private Instant editedAt(JsonObject value) {
        JsonElement time = value.get("created_time");
        return time != null && time.isJsonPrimitive() && time.getAsJsonPrimitive().isNumber()
                ? Instant.ofEpochSecond(time.getAsLong()) : clock.instant();
    }

    private static java.util.List<JsonObject> changes(JsonObject notification) {
        java.util.List<JsonObject> found = new java.util.ArrayList<>();
        JsonElement entries = notification.get("entry");
        if (entries != null && entries.isJsonArray()) {
            for (JsonElement entry : entries.getAsJsonArray()) {
                JsonElement list = entry.isJsonObject() ? entry.getAsJsonObject().get("changes") : null;
                if (list != null && list.isJsonArray()) {
                    list.getAsJsonArray().forEach(c -> {
                        if (c.isJsonObject()) {
                            found.add(c.getAsJsonObject());
                        }
                    });
                }
            }
        }
        return found;
    }

    private static Optional<JsonObject> object(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }
}
