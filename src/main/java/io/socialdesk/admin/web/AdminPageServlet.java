package io.socialdesk.admin.web;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import org.owasp.encoder.Encode;

/**
 * {@code /plugins/servlet/socialdesk/admin}. Writes a page shell that Jira's admin decorator frames; the data comes
 * from the admin REST API and is rendered by {@code js/admin/admin.js} as text, never as markup. Servlets are secure by
 * default since Platform 7 (licensed users only): {@link AdminOnly} lets an admin without a product licence in and
 * sends anonymous users to log in; the checks in {@link #doGet} keep the page closed should the host not enforce it.
 */
@AdminOnly
public class AdminPageServlet extends HttpServlet {
    /** The admin menu section and item of the descriptor, so Jira highlights SocialDesk while the page is open. */
    static final String ADMIN_SECTION = "admin_plugins_menu/socialdesk-admin-section";
    static final String ADMIN_LINK_ID = "socialdesk-admin-link";
    static final String WEB_RESOURCE_CONTEXT = "socialdesk-admin";
    private static final List<String> I18N_KEYS = List.of(
            "socialdesk.admin.health.empty", "socialdesk.admin.health.loading", "socialdesk.admin.health.failed",
            "socialdesk.admin.health.col.name", "socialdesk.admin.health.col.kind",
            "socialdesk.admin.health.col.status", "socialdesk.admin.health.col.lastSuccess",
            "socialdesk.admin.health.col.nextPoll", "socialdesk.admin.health.col.error");

    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;

    @Inject
    public AdminPageServlet(@ComponentImport("salUserManager") UserManager userManager,
                            @ComponentImport LoginUriProvider loginUriProvider,
                            @ComponentImport I18nResolver i18n,
                            @ComponentImport PageBuilderService pageBuilder) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        if (!userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        writePage(response.getWriter());
    }

    private void writePage(PrintWriter out) {
        out.println("<!DOCTYPE html><html><head>");
        out.println("<meta name=\"decorator\" content=\"atl.admin\">");
        out.println("<meta name=\"admin.active.section\" content=\"" + ADMIN_SECTION + "\">");
        out.println("<meta name=\"admin.active.tab\" content=\"" + ADMIN_LINK_ID + "\">");
        out.println("<title>" + Encode.forHtml(i18n.getText("socialdesk.admin.heading")) + "</title>");
        out.println("</head><body>");
        out.println("<h1>" + Encode.forHtml(i18n.getText("socialdesk.admin.heading")) + "</h1>");
        out.println("<h2>" + Encode.forHtml(i18n.getText("socialdesk.admin.health.heading")) + "</h2>");
        out.print("<div id=\"socialdesk-health\"");
        for (String key : I18N_KEYS) {
            out.print(" data-" + key.replace('.', '-') + "=\"" + Encode.forHtmlAttribute(i18n.getText(key)) + "\"");
        }
        out.println("></div>");
        out.println("</body></html>");
    }

    private static URI returnUri(HttpServletRequest request) {
        StringBuilder uri = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        return URI.create(uri.toString());
    }
}
