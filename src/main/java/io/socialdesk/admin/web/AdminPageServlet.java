package io.socialdesk.admin.web;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
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
    /** The plugin key (pom: groupId.artifactId), for the plugin-level download resources (channel icons). */
    static final String PLUGIN_KEY = io.socialdesk.web.PluginResources.PLUGIN_KEY;
    /** Every text the console's script shows, handed to it as data attributes in the user's language. */
    static final List<String> I18N_KEYS = List.of(
            "socialdesk.admin.health.empty", "socialdesk.admin.health.loading", "socialdesk.admin.health.failed",
            "socialdesk.admin.health.col.name", "socialdesk.admin.health.col.kind",
            "socialdesk.admin.health.col.status", "socialdesk.admin.health.col.lastSuccess",
            "socialdesk.admin.health.col.nextPoll", "socialdesk.admin.health.col.error",
            "socialdesk.admin.accounts.heading", "socialdesk.admin.accounts.connect", "socialdesk.admin.accounts.edit",
            "socialdesk.admin.accounts.poll", "socialdesk.admin.accounts.enable", "socialdesk.admin.accounts.disable",
            "socialdesk.admin.accounts.resume", "socialdesk.admin.accounts.delete",
            "socialdesk.admin.accounts.delete.confirm", "socialdesk.admin.accounts.rotate",
            "socialdesk.admin.accounts.rotate.confirm", "socialdesk.admin.accounts.rotate.done",
            "socialdesk.admin.accounts.copy", "socialdesk.admin.accounts.webhook", "socialdesk.admin.col.queue",
            "socialdesk.admin.col.recorded", "socialdesk.admin.col.actions", "socialdesk.admin.status.ACTIVE",
            "socialdesk.admin.status.AUTH_FAILED", "socialdesk.admin.status.PAUSED_BILLING",
            "socialdesk.admin.status.DISABLED", "socialdesk.admin.hint.AUTH_FAILED",
            "socialdesk.admin.hint.PAUSED_BILLING", "socialdesk.admin.form.name", "socialdesk.admin.form.name.help",
            "socialdesk.admin.form.apiBaseUrl", "socialdesk.admin.form.apiBaseUrl.help",
            "socialdesk.admin.form.serviceDesk", "socialdesk.admin.form.requestType",
            "socialdesk.admin.form.pollSeconds", "socialdesk.admin.form.ownUserId",
            "socialdesk.admin.form.ownUserId.help", "socialdesk.admin.form.intakeUser",
            "socialdesk.admin.form.intakeUser.help", "socialdesk.admin.form.backfillHours",
            "socialdesk.admin.form.backfillHours.help", "socialdesk.admin.form.secret.set",
            "socialdesk.admin.form.secret.unset", "socialdesk.admin.form.test", "socialdesk.admin.form.tested",
            "socialdesk.admin.form.save", "socialdesk.admin.form.saved", "socialdesk.admin.form.cancel",
            "socialdesk.admin.settings.heading", "socialdesk.admin.surges.heading", "socialdesk.admin.surges.none",
            "socialdesk.admin.surges.account", "socialdesk.admin.surges.started", "socialdesk.admin.surges.ended",
            "socialdesk.admin.surges.active", "socialdesk.admin.surges.peak", "socialdesk.admin.surges.incident",
            "socialdesk.admin.surges.members", "socialdesk.admin.settings.mergeWindowHours",
            "socialdesk.admin.settings.mergeWindowHours.help", "socialdesk.admin.settings.reopenWindowDays",
            "socialdesk.admin.settings.reopenWindowDays.help", "socialdesk.admin.settings.blockedHandles",
            "socialdesk.admin.settings.blockedHandles.help", "socialdesk.admin.settings.blockWords",
            "socialdesk.admin.settings.blockWords.help", "socialdesk.admin.settings.skipReposts",
            "socialdesk.admin.settings.missedCallCreatesRequest", "socialdesk.admin.settings.defaultRegion",
            "socialdesk.admin.settings.defaultRegion.help", "socialdesk.admin.settings.retentionMonths",
            "socialdesk.admin.settings.retentionMonths.help", "socialdesk.admin.settings.customerNumberPattern",
            "socialdesk.admin.settings.customerNumberPattern.help", "socialdesk.admin.settings.praise",
            "socialdesk.admin.settings.praise.help", "socialdesk.admin.settings.praise.request",
            "socialdesk.admin.settings.praise.own_request", "socialdesk.admin.settings.praise.history",
            "socialdesk.admin.settings.topicMatchPercent", "socialdesk.admin.settings.topicMatchPercent.help",
            "socialdesk.admin.settings.possibleMatchPercent", "socialdesk.admin.settings.possibleMatchPercent.help",
            "socialdesk.admin.settings.conversationMerge", "socialdesk.admin.settings.conversationMerge.help",
            "socialdesk.admin.settings.conversationMerge.always",
            "socialdesk.admin.settings.conversationMerge.same_topic",
            "socialdesk.admin.settings.conversationMerge.never",
            "socialdesk.admin.settings.surgeMinPerMinute", "socialdesk.admin.settings.surgeMinPerMinute.help",
            "socialdesk.admin.settings.surgeFactor", "socialdesk.admin.settings.surgeFactor.help",
            "socialdesk.admin.settings.clusterSimilarity", "socialdesk.admin.settings.clusterSimilarity.help",
            "socialdesk.admin.settings.viralMinSpread", "socialdesk.admin.settings.viralMinSpread.help",
            "socialdesk.admin.settings.viralReachPercent", "socialdesk.admin.settings.viralReachPercent.help",
            "socialdesk.admin.settings.repliesInPortal", "socialdesk.admin.settings.repliesInPortal.help",
            "socialdesk.admin.settings.acknowledgement", "socialdesk.admin.settings.acknowledgement.help",
            "socialdesk.admin.settings.followersOnlyRepliesDirect",
            "socialdesk.admin.settings.followersOnlyRepliesDirect.help",
            "socialdesk.admin.settings.mediaMegabytes",
            "socialdesk.admin.settings.keepDeletedPostsOn",
            "socialdesk.admin.settings.keepDeletedPostsOn.help",
            "socialdesk.admin.settings.mediaMegabytes.help",
            "socialdesk.admin.settings.responseTargetMinutes", "socialdesk.admin.settings.responseTargetMinutes.help",
            "socialdesk.admin.settings.repeatContacts", "socialdesk.admin.settings.repeatContacts.help",
            "socialdesk.admin.settings.repeatChannels", "socialdesk.admin.settings.repeatChannels.help",
            "socialdesk.admin.settings.equalTolerancePercent",
            "socialdesk.admin.settings.equalTolerancePercent.help",
            "socialdesk.admin.settings.slaName", "socialdesk.admin.settings.slaName.help",
            "socialdesk.admin.privacy.heading",
            "socialdesk.admin.privacy.help", "socialdesk.admin.privacy.search", "socialdesk.admin.privacy.find",
            "socialdesk.admin.privacy.none", "socialdesk.admin.privacy.count", "socialdesk.admin.privacy.export",
            "socialdesk.admin.privacy.erase", "socialdesk.admin.privacy.erase.confirm",
            "socialdesk.admin.privacy.erased");

    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final WebSudoManager webSudo;

    @Inject
    public AdminPageServlet(@ComponentImport("salUserManager") UserManager userManager,
                            @ComponentImport LoginUriProvider loginUriProvider,
                            @ComponentImport I18nResolver i18n,
                            @ComponentImport PageBuilderService pageBuilder,
                            @ComponentImport WebSudoManager webSudo) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.webSudo = webSudo;
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
        try {
            // as Jira's own admin pages: a secure administrator session (the password asked again) first
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException notConfirmed) {
            webSudo.enforceWebSudoProtection(request, response);
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
        out.print("<div id=\"socialdesk-admin\" class=\"socialdesk-admin\" data-resources=\""
                + io.socialdesk.web.PluginResources.BASE + "\"");
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
