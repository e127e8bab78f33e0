package io.socialdesk.insights.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.socialdesk.insights.DeskAccess;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.owasp.encoder.Encode;

/**
 * {@code /plugins/servlet/socialdesk/insights?project=KEY}, linked from the service desk project's sidebar: a page
 * shell for the desk's social insights. The numbers come from the insights REST API and are drawn by
 * {@code js/insights/insights.js} as tables (text only); a user who may not browse the project gets 404, as the API
 * answers them; anonymous users are sent to log in; Jira lets only licensed users (agents) in ({@link LicensedOnly}).
 */
@LicensedOnly
public class InsightsPageServlet extends HttpServlet {
    static final String WEB_RESOURCE_CONTEXT = "socialdesk-insights";
    static final List<String> I18N_KEYS = List.of("socialdesk.insights.title", "socialdesk.insights.loading",
            "socialdesk.insights.failed", "socialdesk.insights.bucket", "socialdesk.insights.bucket.hour",
            "socialdesk.insights.bucket.day", "socialdesk.insights.bucket.week", "socialdesk.insights.volume",
            "socialdesk.insights.start", "socialdesk.insights.total", "socialdesk.insights.csv",
            "socialdesk.insights.mix", "socialdesk.insights.complaints", "socialdesk.insights.questions",
            "socialdesk.insights.praise", "socialdesk.insights.otherIntent", "socialdesk.insights.negative",
            "socialdesk.insights.positive", "socialdesk.insights.firstResponse", "socialdesk.insights.channel",
            "socialdesk.insights.answered", "socialdesk.insights.unanswered", "socialdesk.insights.median",
            "socialdesk.insights.p90", "socialdesk.insights.equal", "socialdesk.insights.equal.none",
            "socialdesk.insights.waiting", "socialdesk.insights.waiting.none", "socialdesk.insights.effort",
            "socialdesk.insights.effort.none", "socialdesk.insights.request", "socialdesk.insights.waitingSince",
            "socialdesk.insights.contacts", "socialdesk.insights.channels", "socialdesk.insights.equal.finding",
            "socialdesk.insights.equal.slowest", "socialdesk.insights.requestType",
            "socialdesk.insights.requestType.unknown", "socialdesk.insights.byRequestType",
            "socialdesk.insights.from", "socialdesk.insights.to", "socialdesk.insights.show",
            "socialdesk.insights.marks", "socialdesk.insights.marks.what", "socialdesk.insights.marks.surge",
            "socialdesk.insights.marks.viral", "socialdesk.insights.marks.end", "socialdesk.insights.marks.ongoing");

    private final UserManager users;
    private final LoginUriProvider login;
    private final I18nResolver i18n;
    private final PageBuilderService pages;
    private final DeskAccess desks;

    @Inject
    public InsightsPageServlet(@ComponentImport("salUserManager") UserManager users,
                               @ComponentImport LoginUriProvider login, @ComponentImport I18nResolver i18n,
                               @ComponentImport PageBuilderService pages, DeskAccess desks) {
        this.users = users;
        this.login = login;
        this.i18n = i18n;
        this.pages = pages;
        this.desks = desks;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            String back = request.getRequestURI() + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString());
            response.sendRedirect(login.getLoginUri(URI.create(back)).toASCIIString());
            return;
        }
        String project = Optional.ofNullable(request.getParameter("project")).map(String::strip).orElse("");
        Optional<DeskAccess.Desk> desk = project.isEmpty() || project.length() > 255 ? Optional.empty()
                : desks.deskFor(project, user.getStringValue());
        if (desk.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        write(response.getWriter(), desk.get());
    }

    private void write(PrintWriter out, DeskAccess.Desk desk) {
        String title = i18n.getText("socialdesk.insights.title") + " · " + desk.name();
        out.println("<!DOCTYPE html><html><head>");
        out.println("<meta name=\"decorator\" content=\"atl.general\">");
        out.println("<title>" + Encode.forHtml(title) + "</title>");
        out.println("</head><body>");
        out.println("<main class=\"socialdesk-insights-page\"><h1>" + Encode.forHtml(title) + "</h1>");
        out.print("<div id=\"socialdesk-insights\" data-project=\"" + Encode.forHtmlAttribute(desk.projectKey())
                + "\"");
        for (String key : I18N_KEYS) {
            out.print(" data-" + key.replace('.', '-') + "=\"" + Encode.forHtmlAttribute(i18n.getText(key)) + "\"");
        }
        out.println("></div></main>");
        out.println("</body></html>");
    }
}
