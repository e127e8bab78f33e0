package io.socialdesk.channel.meta;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.util.Optional;

/**
 * Replies through the Page's Send API ({@code POST /{page-id}/messages}), for Messenger and Instagram messages alike.
 * A standard reply ({@code RESPONSE}) is allowed within 24 hours of the customer's last message; when Meta says the
 * window has closed, the reply is sent once more as a human agent's ({@code HUMAN_AGENT} tag, allowed for 7 days);
 * when that window has closed too, the agent gets the rule in words instead of a sent reply.
 */
final class MetaMessenger {
    private final GraphApi graph;

    MetaMessenger(GraphApi graph) {
        this.graph = graph;
    }

    /**
     * A reply in kind for either network: a message through the Send API for a message, else an answer under the
     * customer's comment at {@code commentEdge} ({@code comments} on Facebook, {@code replies} on Instagram).
     */
    SendResult replyInKind(URI base, Credentials credentials, OutboundReply reply, String commentEdge,
                           String network) {
        Optional<String> page = credentials.get("pageId");
        Optional<String> token = credentials.get("pageAccessToken");
        if (page.isEmpty() || token.isEmpty()) {
            return new SendResult.Failed(SendResult.SendFailure.AUTH_FAILED, "no Page access token configured");
        }
        if (reply.kind() == PostKind.DIRECT_MESSAGE) {
            return send(base, page.get(), token.get(), reply);
        }
        if (!MetaIds.valid(reply.inReplyToExternalId())) {
            return new SendResult.Failed(SendResult.SendFailure.REFUSED, "not " + network + " comment id");
        }
        JsonObject body = new JsonObject();
        body.addProperty("message", reply.text());
        return commented(graph.post(base, reply.inReplyToExternalId() + "/" + commentEdge, body, token.get()));
    }

    private SendResult send(URI base, String pageId, String token, OutboundReply reply) {
        Exchange standard = graph.post(base, pageId + "/messages", body(reply, false), token);
        if (sent(standard).isPresent()) {
            return sent(standard).get();
        }
        if (standard instanceof Exchange.Answer answer && GraphError.of(answer).kind() == GraphError.Kind.WINDOW) {
            Exchange tagged = graph.post(base, pageId + "/messages", body(reply, true), token);
            return sent(tagged).orElseGet(() -> GraphApi.sendFailure(tagged));
        }
        return GraphApi.sendFailure(standard);
    }

    private static Optional<SendResult> sent(Exchange exchange) {
        if (!(exchange instanceof Exchange.Answer answer) || !answer.ok()) {
            return Optional.empty();
        }
        return Optional.of(JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> JsonFields.string(json.getAsJsonObject(), "message_id"))
                .<SendResult>map(id -> new SendResult.Sent(id, Optional.empty()))
                .orElseGet(() -> new SendResult.Failed(SendResult.SendFailure.UNAVAILABLE,
                        "Meta accepted the message but its answer was unreadable")));
    }

    private static JsonObject body(OutboundReply reply, boolean humanAgent) {
        JsonObject recipient = new JsonObject();
        recipient.addProperty("id", reply.recipientUserId());
        JsonObject message = new JsonObject();
        message.addProperty("text", reply.text());
        JsonObject body = new JsonObject();
        body.add("recipient", recipient);
        body.addProperty("messaging_type", humanAgent ? "MESSAGE_TAG" : "RESPONSE");
        if (humanAgent) {
            body.addProperty("tag", "HUMAN_AGENT");
        }
        body.add("message", message);
        return body;
    }

    /** A comment reply's answer: {@code {"id": ...}}. */
    private static SendResult commented(Exchange exchange) {
        if (exchange instanceof Exchange.Answer answer && answer.ok()) {
            return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                    .flatMap(json -> JsonFields.string(json.getAsJsonObject(), "id"))
                    .<SendResult>map(id -> new SendResult.Sent(id, Optional.empty()))
                    .orElseGet(() -> new SendResult.Failed(SendResult.SendFailure.UNAVAILABLE,
                            "Meta accepted the reply but its answer was unreadable"));
        }
        return GraphApi.sendFailure(exchange);
    }
}
