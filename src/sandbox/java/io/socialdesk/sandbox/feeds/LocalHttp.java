package io.socialdesk.sandbox.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the fake networks share: a loopback server on a free port, query strings, JSON answers with headers, and the
 * webhook calls they make to the plugin.
 */
final class LocalHttp {
    private LocalHttp() {
    }

    /** Starts a server on 127.0.0.1 and a free port with {@code handlers} by path prefix. */
    static HttpServer start(Map<String, HttpHandler> handlers) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handlers.forEach(server::createContext);
        server.start();
        return server;
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    static void json(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /**
     * POSTs {@code body} as JSON to the plugin's webhook {@code to} with {@code headers} (its signature), as an
     * anonymous caller, as the network would; the HTTP status, or -1 when the call could not be made.
     */
    static int postWebhook(HttpClient http, URI to, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(to).header("Content-Type", "application/json")
                .header("Cookie", "sandbox-user=anonymous").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** One part of a multipart/form-data body: its field name, file name, type and bytes. */
    record Part(String name, String filename, String type, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The parts of a multipart/form-data request, by field name (as a network's upload endpoint reads them). */
    static Map<String, Part> multipart(HttpExchange exchange) throws IOException {
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        int at = type.indexOf("boundary=");
        Map<String, Part> parts = new HashMap<>();
        if (at < 0) {
            return parts;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String latin = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + type.substring(at + "boundary=".length()).replace("\"", "");
        int start = latin.indexOf(delimiter);
        while (start >= 0) {
            int headersStart = start + delimiter.length() + 2;
            int headersEnd = latin.indexOf("\r\n\r\n", headersStart);
            int next = latin.indexOf("\r\n" + delimiter, headersStart);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = latin.substring(headersStart, headersEnd);
            String name = attribute(headers, "name");
            String filename = attribute(headers, "filename");
            String partType = headers.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT)
                    .startsWith("content-type:")).map(l -> l.substring(13).strip()).findFirst().orElse("");
            byte[] bytes = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
            parts.put(name, new Part(name, filename, partType, bytes));
            start = next + 2;
        }
        return parts;
    }

    private static String attribute(String headers, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[; ]" + name + "=\"([^\"]*)\"").matcher(headers);
        return m.find() ? m.group(1) : "";
    }
}
