package io.socialdesk.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves static files from one classpath folder, as Jira serves a plugin's download resources. */
public final class ClasspathResources extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8", "png", "image/png",
            "svg", "image/svg+xml", "html", "text/html;charset=UTF-8", "woff", "font/woff", "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject");
    private final String root;

    public ClasspathResources(String root) {
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String extension = path.substring(path.lastIndexOf('.') + 1);
        boolean pluginFolder = path.startsWith("/js/") || path.startsWith("/css/") || path.startsWith("/images/");
        if (path.contains("..") || !TYPES.containsKey(extension) || (root.isEmpty() && !pluginFolder)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getResourceAsStream(root.isEmpty() ? path : "/" + root + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(TYPES.get(extension));
            response.setHeader("Cache-Control", "no-cache");
            if (root.isEmpty() && extension.equals("js")) {
                // the plugin's own scripts: Jira's jsI18n transformer puts the texts in as string literals
                String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                response.getWriter().write(JsI18n.transform(script));
                return;
            }
            in.transferTo(response.getOutputStream());
        }
    }
}
