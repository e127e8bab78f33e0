package io.socialdesk.channel.x;

import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Signed requests to X's v2 API through the HTTP edge. */
final class XCalls {
    private final HttpEdge edge;

    XCalls(HttpEdge edge) {
        this.edge = edge;
    }

    HttpEdge edge() {
        return edge;
    }

    Exchange get(URI apiBaseUrl, String path, Map<String, String> query, XSigner signer) {
        URI endpoint = apiBaseUrl.resolve(path);
        String encoded = query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return edge.send(HttpRequest.newBuilder(URI.create(endpoint + (encoded.isEmpty() ? "" : "?" + encoded)))
                .header("Authorization", signer.header("GET", endpoint, query))
                .header("Accept", "application/json").GET());
    }

    Exchange postJson(URI apiBaseUrl, String path, String json, XSigner signer) {
        URI endpoint = apiBaseUrl.resolve(path);
        return edge.send(HttpRequest.newBuilder(endpoint)
                .header("Authorization", signer.header("POST", endpoint, Map.of()))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A signed multipart upload: OAuth 1.0a signs no multipart field, only the URL and its own parameters. */
    Exchange postMultipart(URI apiBaseUrl, String path, io.socialdesk.channel.wire.Multipart form, XSigner signer) {
        URI endpoint = apiBaseUrl.resolve(path);
        return edge.send(HttpRequest.newBuilder(endpoint)
                .header("Authorization", signer.header("POST", endpoint, Map.of()))
                .header("Content-Type", form.contentType()).header("Accept", "application/json")
                .POST(form.publisher()));
    }

    /** RFC 3986 percent-encoding, as OAuth 1.0a signs it (a space is %20, never '+'). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
