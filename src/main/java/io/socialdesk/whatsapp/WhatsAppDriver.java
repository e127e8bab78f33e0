package io.socialdesk.whatsapp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.MediaDownloads;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Answers WhatsApp messages through the Cloud API ({@code POST /{phone-number-id}/messages}) and downloads what
 * customers sent by media id. A reply goes as free text quoting the customer's message; when Meta answers that the
 * customer's 24-hour window has closed (131047), the account's approved template is sent instead and the agent is
 * told so, or, without a template, the agent reads the rule. Messages arrive by webhook ({@link WhatsAppWebhooks}),
 * so this driver never fetches.
 */
public final class WhatsAppDriver implements ChannelDriver {
    private final HttpEdge edge;
    private final MediaDownloads downloads;

    public WhatsAppDriver(HttpEdge edge, MediaDownloads downloads) {
        this.edge = edge;
        this.downloads = downloads;
    }

    @Override
    public ChannelSpec spec() {
        return WhatsAppChannel.SPEC;
    }

    /** Never called: the intake job fetches only polled channels. */
    @Override
    public FetchResult fetch(URI apiBaseUrl, Credentials credentials, Optional<String> cursor) {
        throw new UnsupportedOperationException("WhatsApp delivers by webhook and is never fetched");
    }

    @Override
    public Verification verify(URI apiBaseUrl, Credentials credentials) {
        Optional<String> number = credentials.get(WhatsAppChannel.PHONE_NUMBER_ID);
        Optional<String> token = credentials.get(WhatsAppChannel.ACCESS_TOKEN);
        if (number.filter(CloudMessages.ID.asMatchPredicate()).isEmpty()) {
            return new Verification.Failed("credentials." + WhatsAppChannel.PHONE_NUMBER_ID,
                    "the phone number id is the number Meta shows under WhatsApp > API setup (digits only)");
        }
        if (token.isEmpty()) {
            return new Verification.Failed("credentials." + WhatsAppChannel.ACCESS_TOKEN, "is required");
        }
        Exchange answer = get(apiBaseUrl, number.get() + "?fields=display_phone_number,verified_name", token.get());
        if (answer instanceof Exchange.Answer ok && ok.ok()) {
            Optional<JsonObject> json = object(ok);
            Optional<String> display = json.flatMap(j -> JsonFields.string(j, "display_phone_number"));
            if (display.isPresent()) {
                String digits = display.get().replaceAll("[^0-9]", "");
                String name = json.flatMap(j -> JsonFields.string(j, "verified_name")).orElse("");
                return new Verification.Verified("+" + digits, name.isBlank() ? display.get()
                        : name + " (" + display.get() + ")");
            }
            return new Verification.Failed("apiBaseUrl", "the Cloud API answered without the number's details");
        }
        if (answer instanceof Exchange.Answer refused) {
            CloudApiError error = CloudApiError.of(refused);
            return new Verification.Failed(error.kind() == CloudApiError.Kind.TOKEN
                    ? "credentials." + WhatsAppChannel.ACCESS_TOKEN
                    : "credentials." + WhatsAppChannel.PHONE_NUMBER_ID, error.describe());
        }
        return new Verification.Failed("apiBaseUrl", ((Exchange.Failed) answer).detail());
    }

    @Override
    public SendResult reply(URI apiBaseUrl, Credentials credentials, OutboundReply reply) {
        Optional<String> number = credentials.get(WhatsAppChannel.PHONE_NUMBER_ID)
                .filter(CloudMessages.ID.asMatchPredicate());
        Optional<String> token = credentials.get(WhatsAppChannel.ACCESS_TOKEN);
        if (number.isEmpty() || token.isEmpty()) {
            return new SendResult.Failed(SendResult.SendFailure.AUTH_FAILED, "no phone number id (digits) or access token "
                    + "configured for this WhatsApp number");
        }
        Exchange text = post(apiBaseUrl, number.get(), CloudMessages.text(reply), token.get());
        Optional<CloudApiError> refused = error(text);
        if (refused.filter(e -> e.kind() == CloudApiError.Kind.WINDOW).isEmpty()) {
            return sent(text, Optional.empty());
        }
        Optional<String> template = credentials.get(WhatsAppChannel.TEMPLATE_NAME).filter(t -> !t.isBlank());
        if (template.isEmpty()) {
            return new SendResult.Failed(SendResult.SendFailure.REFUSED, refused.get().describe()
                    + ". An admin can choose an approved template for such replies in the WhatsApp account's settings");
        }
        String language = credentials.get(WhatsAppChannel.TEMPLATE_LANGUAGE).filter(l -> !l.isBlank())
                .orElse("en_US");
        Exchange templated = post(apiBaseUrl, number.get(), CloudMessages.template(reply, template.get(), language),
                token.get());
        return sent(templated, Optional.of("The customer last wrote more than 24 hours ago, so WhatsApp accepts "
                + "only an approved template: the template \"" + template.get() + "\" (" + language + ") was sent "
                + "instead of these words. When the customer answers it, replies in words are possible again."));
    }

    /** A media item of a WhatsApp message is the Cloud API's media address: its file needs the account's token. */
    @Override
    public Optional<MediaDownloads.Download> download(URI apiBaseUrl, Credentials credentials, Media media,
                                                      int limit) {
        Optional<String> id = CloudMessages.mediaId(apiBaseUrl, media.url()).filter(CloudMessages.ID.asMatchPredicate());
        Optional<String> token = credentials.get(WhatsAppChannel.ACCESS_TOKEN);
        if (id.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        // the media id gives a short-lived address, which serves the file only with the same token
        Exchange described = get(apiBaseUrl, id.get(), token.get());
        Optional<URI> file = described instanceof Exchange.Answer answer && answer.ok()
                ? object(answer).flatMap(json -> JsonFields.string(json, "url")).flatMap(WhatsAppDriver::uri)
                : Optional.empty();
        if (file.isEmpty()) {
            return Optional.of(MediaDownloads.Download.missed(MediaDownloads.Reason.UNAVAILABLE,
                    "WhatsApp did not give the file's address (media are kept for 30 days)"));
        }
        return Optional.of(downloads.fetchOwn(HttpRequest.newBuilder(file.get())
                .header("Authorization", "Bearer " + token.get()), limit));
    }

    private SendResult sent(Exchange exchange, Optional<String> note) {
        if (exchange instanceof Exchange.Failed failed) {
            return new SendResult.Failed(SendResult.SendFailure.UNAVAILABLE, failed.detail());
        }
        Exchange.Answer answer = (Exchange.Answer) exchange;
        if (!answer.ok()) {
            CloudApiError error = CloudApiError.of(answer);
            return new SendResult.Failed(error.failure(), error.describe());
        }
        // {"messaging_product":"whatsapp","contacts":[{"input":..,"wa_id":..}],"messages":[{"id":"wamid..."}]}
        JsonArray messages = object(answer).map(json -> JsonFields.array(json, "messages")).orElseGet(JsonArray::new);
        return messages.isEmpty() || !messages.get(0).isJsonObject()
                ? new SendResult.Failed(SendResult.SendFailure.UNAVAILABLE,
                "WhatsApp accepted the message but its answer was unreadable")
                : JsonFields.string(messages.get(0).getAsJsonObject(), "id")
                .<SendResult>map(id -> new SendResult.Sent(id, Optional.empty(), note))
                .orElseGet(() -> new SendResult.Failed(SendResult.SendFailure.UNAVAILABLE,
                        "WhatsApp accepted the message but named no message id"));
    }

    private static Optional<CloudApiError> error(Exchange exchange) {
        return exchange instanceof Exchange.Answer answer && !answer.ok() ? Optional.of(CloudApiError.of(answer))
                : Optional.empty();
    }

    private Exchange get(URI base, String pathAndQuery, String token) {
        return edge.send(HttpRequest.newBuilder(base.resolve("/" + WhatsAppChannel.VERSION + "/" + pathAndQuery))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
    }

    private Exchange post(URI base, String phoneNumberId, JsonObject body, String token) {
        return edge.send(HttpRequest.newBuilder(base.resolve("/" + WhatsAppChannel.VERSION + "/" + phoneNumberId
                        + "/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private static Optional<JsonObject> object(Exchange.Answer answer) {
        return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject);
    }

    private static Optional<URI> uri(String value) {
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
