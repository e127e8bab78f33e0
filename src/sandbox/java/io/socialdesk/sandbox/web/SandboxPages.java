package io.socialdesk.sandbox.web;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;
import static org.owasp.encoder.Encode.forUriComponent;

import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.web.Json;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated JSM's own pages: the queue ({@code /}), a page per request ({@code /browse/CS-1}), the JSON view
 * tests read ({@code /sandbox/api/requests}), a customer raising a request through the portal or by e-mail
 * ({@code POST /sandbox/api/requests}) and a password-less switch of the acting user and their language
 * ({@code /sandbox/login?user=bob&locale=ja}).
 */
public final class SandboxPages extends HttpServlet {
    /** Times as Jira shows them in lists, in the server's zone (UTC in the sandbox). */
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    private final SimulatedJsm jsm;
    private final SidePanels sidePanels;
    private final Map<String, List<String>> webResources;

    public SandboxPages(SimulatedJsm jsm, SidePanels sidePanels, Map<String, List<String>> webResources) {
        this.jsm = jsm;
        this.sidePanels = sidePanels;
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/sandbox/api/requests")) {
            json(response, Map.of("requests", jsm.requests().stream().map(this::requestJson).toList()));
        } else if (path.startsWith("/secure/attachment/")) {
            attachment(path, response);
        } else if (path.equals("/sandbox/outbox")) {
            html(response, "Outbox", outboxPage());
        } else if (path.equals("/sandbox/login")) {
            login(request, response);
        } else if (path.equals("/sandbox/websudo")) {
            webSudo(request, response);
        } else if (path.startsWith("/browse/")) {
            jsm.request(path.substring("/browse/".length())).ifPresentOrElse(
                    r -> {
                        SidePanels.Rendered side = sidePanels.render(r);
                        html(response, r.key() + " " + r.summary(), requestPage(r, side.html()),
                                side.resources(webResources));
                    },
                    () -> notFound(response));
        } else if (path.equals("/")) {
            html(response, "Customer Support", queuePage());
        } else {
            notFound(response);
        }
    }

    /**
     * {@code POST /sandbox/api/requests} {@code {"reporter", "summary", "description", "channel": "portal"|"email"}}:
     * what a customer does in the portal or by mailing the desk; answers {@code {"key": "CS-7"}} (201), or 400 naming
     * the field. The reporter is a user's name or e-mail address.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().equals("/sandbox/api/requests")) {
            notFound(response);
            return;
        }
        com.google.gson.JsonObject body;
        try {
            body = com.google.gson.JsonParser.parseReader(request.getReader()).getAsJsonObject();
        } catch (RuntimeException e) {
            refuse(response, "body", "must be a JSON object");
            return;
        }
        String reporter = text(body, "reporter");
        java.util.Optional<SimulatedJsm.User> customer = jsm.users().stream()
                .filter(u -> u.active() && (u.key().equalsIgnoreCase(reporter) || u.email().equalsIgnoreCase(reporter)))
                .findFirst();
        String summary = text(body, "summary");
        String channel = text(body, "channel").isEmpty() ? "portal" : text(body, "channel");
        if (customer.isEmpty()) {
            refuse(response, "reporter", "names no active user (a user name or e-mail address)");
        } else if (summary.isBlank() || summary.length() > 254) {
            refuse(response, "summary", "is required, at most 254 characters");
        } else if (!channel.equals("portal") && !channel.equals("email")) {
            refuse(response, "channel", "must be portal or email");
        } else {
            SimulatedJsm.Request created = jsm.createRequest(summary, text(body, "description"),
                    customer.get().key(), 3, channel);
            response.setStatus(HttpServletResponse.SC_CREATED);
            json(response, Map.of("key", created.key()));
        }
    }

    private static String text(com.google.gson.JsonObject body, String field) {
        var value = body.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : "";
    }

    private static void refuse(HttpServletResponse response, String field, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        json(response, Map.of("error", "invalid", "field", field, "message", message));
    }

    private Map<String, Object> requestJson(SimulatedJsm.Request r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("key", r.key());
        json.put("summary", r.summary());
        json.put("description", r.description());
        json.put("reporter", r.reporterKey());
        json.put("channel", r.channel());
        json.put("participants", r.participants());
        json.put("status", r.status());
        json.put("requestType", jsm.requestType(r.requestTypeId()).map(SimulatedJsm.RequestType::name).orElse(null));
        json.put("created", r.created().toString());
        json.put("updated", r.updated().toString());
        json.put("comments", r.comments().stream().map(c -> {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("author", c.authorKey());
            comment.put("body", c.body());
            comment.put("internal", c.internal());
            comment.put("created", c.created().toString());
            return comment;
        }).toList());
        json.put("attachments", jsm.attachments(r.id()).stream().map(a -> Map.of("id", a.id(),
                "name", a.filename(), "size", a.size(), "type", a.mimetype(), "author", a.authorKey())).toList());
        json.put("properties", r.properties());
        json.put("links", r.links());
        json.put("events", r.events());
        json.put("notifications", r.notifications().stream().map(this::notificationJson).toList());
        return json;
    }

    private Map<String, Object> notificationJson(SimulatedJsm.Notification n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recipient", n.recipient());
        json.put("person", jsm.person(n.recipient()));
        json.put("kind", n.kind());
        json.put("event", n.event());
        json.put("commentId", n.commentId().orElse(null));
        return json;
    }

    /**
     * What JSM and Jira would have e-mailed, newest first: to whom, whether a person reads that mailbox, about which
     * request and comment (the comment's text shown, so a reader sees what a customer would receive).
     */
    private String outboxPage() {
        StringBuilder html = new StringBuilder("<h1>Outbox</h1><p>The notifications Jira Service Management sends for "
                + "what happens on requests: customer notifications (portal and e-mail) and the team's internal ones."
                + "</p>");
        List<SimulatedJsm.Notification> sent = new java.util.ArrayList<>(jsm.notifications());
        java.util.Collections.reverse(sent);
        if (sent.isEmpty()) {
            return html.append("<p class=\"sd-empty\">Nothing sent yet.</p>").toString();
        }
        html.append("<table class=\"sd-queue\"><thead><tr><th>To</th><th>Kind</th><th>Event</th><th>Request</th>"
                + "<th>Comment</th></tr></thead><tbody>");
        for (SimulatedJsm.Notification n : sent) {
            String comment = n.commentId().flatMap(id -> jsm.request(n.issueKey()).flatMap(r -> r.comments().stream()
                    .filter(c -> c.id() == id).findFirst())).map(SimulatedJsm.Comment::body).orElse("");
            html.append("<tr><td>").append(forHtml(n.recipient()))
                    .append(jsm.person(n.recipient()) ? "" : " <em>(no person)</em>").append("</td><td>")
                    .append(forHtml(n.kind())).append("</td><td>").append(forHtml(n.event()))
                    .append("</td><td><a href=\"/browse/").append(forUriComponent(n.issueKey())).append("\">")
                    .append(forHtml(n.issueKey())).append("</a></td><td>").append(forHtml(comment))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private String queuePage() {
        StringBuilder html = new StringBuilder("<h1>Customer Support</h1>");
        List<SimulatedJsm.Request> requests = jsm.requests();
        if (requests.isEmpty()) {
            return html.append("<p class=\"sd-empty\">No requests yet. SocialDesk creates them from social posts "
                    + "and calls.</p>").toString();
        }
        html.append("<table class=\"sd-queue\"><thead><tr><th>Key</th><th>Summary</th><th>Reporter</th>"
                + "<th>Request type</th><th>Status</th><th>Updated</th></tr></thead><tbody>");
        for (SimulatedJsm.Request r : requests) {
            html.append("<tr><td><a href=\"/browse/").append(forUriComponent(r.key())).append("\">")
                    .append(forHtml(r.key())).append("</a></td><td>").append(forHtml(r.summary()))
                    .append("</td><td>").append(forHtml(displayName(r.reporterKey())))
                    .append("</td><td>").append(forHtml(requestTypeName(r))).append("</td><td>")
                    .append(forHtml(r.status())).append("</td><td>").append(forHtml(WHEN.format(r.updated())))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** The request's attachments by name, as Jira's renderer resolves {@code !name|thumbnail!} and {@code [^name]}. */
    private Map<String, String> files(SimulatedJsm.Request r) {
        Map<String, String> byName = new LinkedHashMap<>();
        jsm.attachments(r.id()).forEach(a -> byName.put(a.filename(), "/secure/attachment/" + a.id() + "/"
                + java.net.URLEncoder.encode(a.filename(), java.nio.charset.StandardCharsets.UTF_8)));
        return byName;
    }

    /**
     * {@code /secure/attachment/<id>/<name>}: the file as Jira serves it, with its stored type and nosniff, so a
     * browser never reads it as anything else.
     */
    private void attachment(String path, HttpServletResponse response) throws IOException {
        String[] parts = path.split("/");
        Optional<SimulatedJsm.Attachment> file = parts.length >= 4 && parts[3].matches("\\d{1,18}")
                ? jsm.attachment(Long.parseLong(parts[3])) : Optional.empty();
        if (file.isEmpty()) {
            notFound(response);
            return;
        }
        response.setContentType(file.get().mimetype());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.get().bytes().length);
        response.getOutputStream().write(file.get().bytes());
    }

    private String requestPage(SimulatedJsm.Request r, String sideHtml) {
        StringBuilder html = new StringBuilder("<div class=\"sd-issue\"><section class=\"sd-issue-main\">");
        html.append("<p class=\"sd-crumb\">").append(forHtml(jsm.serviceDesk().name())).append(" / ")
                .append(forHtml(r.key())).append("</p><h1 id=\"sd-summary\">").append(forHtml(r.summary()))
                .append("</h1><p class=\"sd-meta\">").append(forHtml(requestTypeName(r))).append(" &middot; ")
                .append("reported by ").append(forHtml(displayName(r.reporterKey()))).append(" &middot; ")
                .append("<span id=\"sd-status\">").append(forHtml(r.status())).append("</span></p>")
                .append("<div class=\"sd-description\">").append(WikiMarkup.html(r.description(), files(r))).append("</div>")
                .append("<h2>Activity</h2><ol class=\"sd-comments\" id=\"sd-comments\">");
        for (SimulatedJsm.Comment c : r.comments()) {
            html.append("<li class=\"sd-comment").append(c.internal() ? " sd-internal" : "").append("\">")
                    .append("<div class=\"sd-comment-head\"><b>").append(forHtml(displayName(c.authorKey())))
                    .append("</b> ").append(c.internal() ? "<span class=\"sd-lozenge\">Internal note</span> "
                            : "<span class=\"sd-lozenge sd-public\">Reply to customer</span> ")
                    .append("<time datetime=\"").append(forHtmlAttribute(c.created().toString())).append("\">")
                    .append(forHtml(WHEN.format(c.created()))).append("</time></div>")
                    .append("<div class=\"sd-comment-body\">").append(WikiMarkup.html(c.body(), files(r))).append("</div></li>");
        }
        html.append("</ol></section><aside class=\"sd-issue-side\" id=\"sd-side\" data-issue-key=\"")
                .append(forHtmlAttribute(r.key())).append("\" data-issue-id=\"").append(r.id())
                .append("\">").append(sideHtml).append("</aside></div>");
        return html.toString();
    }

    /** Jira's "confirm your password" page, reduced to the confirmation: it starts a secure administrator session. */
    private void webSudo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getParameter("return");
        String back = target != null && target.startsWith("/") && !target.startsWith("//") ? target : "/";
        if (request.getParameter("confirm") != null) {
            Cookie cookie = new Cookie("sandbox-websudo", "on");
            cookie.setPath("/");
            response.addCookie(cookie);
            response.sendRedirect(back);
            return;
        }
        html(response, "Administrator access", "<h1>Administrator access</h1><p>You have requested access to an "
                + "administrative function and must confirm your password (the sandbox has none).</p>"
                + "<form method=\"get\" action=\"/sandbox/websudo\"><input type=\"hidden\" name=\"return\" value=\""
                + forHtmlAttribute(back) + "\"><button name=\"confirm\" value=\"1\" id=\"websudo-confirm\">Confirm"
                + "</button></form>");
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        if (user == null || (!user.equals("anonymous") && jsm.user(user).isEmpty())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown user");
            return;
        }
        Cookie cookie = new Cookie("sandbox-user", forUriComponent(user));
        cookie.setPath("/");
        response.addCookie(cookie);
        String locale = request.getParameter("locale");
        if (locale != null && locale.matches("[a-z]{2}(-[A-Z]{2})?")) {
            // the language the user chose in their Jira profile
            Cookie language = new Cookie("sandbox-locale", locale);
            language.setPath("/");
            response.addCookie(language);
        }
        String target = request.getParameter("return");
        response.sendRedirect(target != null && target.startsWith("/") && !target.startsWith("//") ? target : "/");
    }

    private String displayName(String userKey) {
        return jsm.user(userKey).map(SimulatedJsm.User::displayName).orElse(userKey);
    }

    private String requestTypeName(SimulatedJsm.Request r) {
        return jsm.requestType(r.requestTypeId()).map(SimulatedJsm.RequestType::name).orElse("?");
    }

    private static void html(HttpServletResponse response, String title, String body) {
        html(response, title, body, List.of());
    }

    private static void html(HttpServletResponse response, String title, String body, List<String> resources) {
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder tags = new StringBuilder(SandboxLayout.headTags());
        for (String location : resources) {
            String url = "/sandbox/resources/" + location;
            tags.append(location.endsWith(".css") ? "<link rel=\"stylesheet\" href=\"" + url + "\">"
                    : "<script src=\"" + url + "\" defer></script>");
        }
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html><html lang=\"" + io.socialdesk.sandbox.host.SandboxI18n.locale().toLanguageTag()
                    + "\"><head><title>" + forHtml(title) + "</title>"
                    + tags + "</head><body>" + SandboxLayout.navigation()
                    + "<main class=\"sd-main\">" + body + "</main></body></html>");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void json(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.write(value));
    }

    private static void notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        html(response, "Not found", "<h1>Not found</h1>");
    }
}
