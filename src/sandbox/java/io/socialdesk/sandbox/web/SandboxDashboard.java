package io.socialdesk.sandbox.web;

import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.host.SandboxI18n;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.owasp.encoder.Encode;

/**
 * Stands in for Jira's dashboard: a page with the {@code atl.dashboard} web-resource context, an AMD loader (Jira's is
 * almond) and one of each of the plugin's dashboard items, each made from its AMD module with the dashboard item API
 * and rendered, or rendered for editing. Preferences are kept in the browser (Jira keeps them per item on the
 * server).
 */
public final class SandboxDashboard extends HttpServlet {
    private final List<PluginDescriptor.DashboardItemModule> items;
    private final Map<String, List<String>> contexts;

    public SandboxDashboard(List<PluginDescriptor.DashboardItemModule> items, Map<String, List<String>> contexts) {
        this.items = List.copyOf(items);
        this.contexts = contexts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + SandboxI18n.locale().toLanguageTag() + "\"><head>"
                + "<title>Dashboard - Sandbox JSM</title>" + SandboxLayout.headTags()
                + "<script src=\"/sandbox/static/amd.js\"></script>");
        out.print(SandboxDecorator.resourceTags(contexts.getOrDefault("atl.dashboard", List.of()).stream()
                .filter(location -> location.endsWith(".css") || location.endsWith(".js")).toList()));
        out.print("</head><body>" + SandboxLayout.navigation() + "<main class=\"sd-main\"><h1>Dashboard</h1>");
        SandboxI18n i18n = new SandboxI18n();
        for (PluginDescriptor.DashboardItemModule item : items) {
            out.print("<section class=\"sd-dashboard-item\" data-item=\"" + Encode.forHtmlAttribute(item.key())
                    + "\" data-amd=\"" + Encode.forHtmlAttribute(item.amdModule()) + "\"><h2 class=\"sd-dashboard-title\">"
                    + Encode.forHtml(i18n.getText(item.titleKey())) + "</h2><button type=\"button\" "
                    + "class=\"aui-button sd-dashboard-edit\">Edit</button><div class=\"sd-dashboard-content\"></div>"
                    + "</section>");
        }
        out.print("<script src=\"/sandbox/static/dashboard.js\"></script></main></body></html>");
    }
}
