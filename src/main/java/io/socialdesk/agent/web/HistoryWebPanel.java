package io.socialdesk.agent.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.api.model.WebPanel;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.web.PluginResources;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.owasp.encoder.Encode;

/**
 * The customer history panel in the issue view's right column. It writes only an empty, labelled container; the
 * history loads afterwards from REST ({@code js/panel/history.js}), so a slow history never slows the issue view.
 * Each channel's name and icon come from its {@link ChannelSpec}: a new channel needs no change here or in the script.
 */
public class HistoryWebPanel implements WebPanel {
    static final String WEB_RESOURCE_CONTEXT = "socialdesk-panel";
    static final List<String> I18N_KEYS = List.of(
            "socialdesk.panel.viral.heading",
            "socialdesk.panel.move.button",
            "socialdesk.panel.move.title",
            "socialdesk.panel.move.pick",
            "socialdesk.panel.move.key",
            "socialdesk.panel.move.submit",
            "socialdesk.panel.merge.button",
            "socialdesk.panel.merge.title",
            "socialdesk.panel.merge.resolve",
            "socialdesk.panel.merge.tell",
            "socialdesk.panel.merge.tell.text",
            "socialdesk.panel.merge.submit",
            "socialdesk.panel.possible.this",
            "socialdesk.panel.possible.other",
            "socialdesk.panel.possible.moveThere",
            "socialdesk.panel.possible.moveHere",
            "socialdesk.panel.alsoOpen",
            "socialdesk.panel.alsoOpen.merge",
            "socialdesk.panel.matched.thread",
            "socialdesk.panel.matched.key",
            "socialdesk.panel.matched.topic",
            "socialdesk.panel.matched.conversation",
            "socialdesk.panel.matched.customer",
            "socialdesk.panel.matched.agent",
            "socialdesk.panel.viral.reposts",
            "socialdesk.panel.viral.quotes",
            "socialdesk.panel.viral.likes",
            "socialdesk.panel.viral.replies",
            "socialdesk.panel.viral.followers",
            "socialdesk.panel.viral.threshold",
            "socialdesk.panel.viral.since",
            "socialdesk.panel.viral.post",
            "socialdesk.panel.incident.heading",
            "socialdesk.panel.incident.members",
            "socialdesk.panel.incident.active",
            "socialdesk.panel.incident.ended",
            "socialdesk.panel.incident.peak",
            "socialdesk.panel.incident.usual",
            "socialdesk.panel.incident.words",
            "socialdesk.panel.incident.answer.help",
            "socialdesk.panel.incident.answer.send",
            "socialdesk.panel.incident.answer.sending",
            "socialdesk.panel.incident.answer.paused",
            "socialdesk.panel.incident.answer.cancelled",
            "socialdesk.panel.incident.answer.done",
            "socialdesk.panel.incident.pause",
            "socialdesk.panel.incident.resume",
            "socialdesk.panel.incident.cancel",
            "socialdesk.panel.incident.moveIn",
            "socialdesk.panel.incident.moveOut",
            "socialdesk.panel.incident.member",
            "socialdesk.panel.incident.candidate",
            "socialdesk.panel.incident.reply.pending",
            "socialdesk.panel.incident.reply.sending",
            "socialdesk.panel.incident.reply.sent",
            "socialdesk.panel.incident.reply.failed",
            "socialdesk.panel.incident.reply.in_doubt",
            "socialdesk.panel.incident.reply.cancelled",
            "socialdesk.panel.loading", "socialdesk.panel.failed", "socialdesk.panel.empty",
            "socialdesk.panel.customer", "socialdesk.panel.unlinked",
            "socialdesk.panel.identities", "socialdesk.panel.timeline", "socialdesk.panel.other",
            "socialdesk.panel.hidden",
            "socialdesk.panel.more", "socialdesk.panel.newer", "socialdesk.panel.in", "socialdesk.panel.out", "socialdesk.panel.followers",
            "socialdesk.panel.call", "socialdesk.panel.original", "socialdesk.panel.media.image",
            "socialdesk.panel.media.gif", "socialdesk.panel.media.video", "socialdesk.panel.media.audio",
            "socialdesk.panel.context.reply_to", "socialdesk.panel.context.quote", "socialdesk.panel.edited", "socialdesk.panel.reply.button",
            "socialdesk.panel.reply.send", "socialdesk.panel.reply.pictures", "socialdesk.panel.reply.sending", "socialdesk.panel.reply.sent",
            "socialdesk.panel.delivery.sent", "socialdesk.panel.delivery.delivered", "socialdesk.panel.delivery.read",
            "socialdesk.panel.reply.delivery.channel", "socialdesk.panel.reply.delivery.portal",
            "socialdesk.panel.reply.audience.public", "socialdesk.panel.reply.audience.followers",
            "socialdesk.panel.reply.audience.customer",
            "socialdesk.panel.reply.failed", "socialdesk.panel.reply.notsent", "socialdesk.panel.link.button",
            "socialdesk.panel.link.placeholder", "socialdesk.panel.link.done", "socialdesk.panel.cancel",
            "socialdesk.panel.link.merge", "socialdesk.panel.unlink", "socialdesk.panel.split",
            "socialdesk.panel.split.title", "socialdesk.panel.suggest.question", "socialdesk.panel.suggest.confidence",
            "socialdesk.panel.suggest.accept", "socialdesk.panel.suggest.reject", "socialdesk.panel.equal",
            "socialdesk.panel.intent.complaint", "socialdesk.panel.intent.question", "socialdesk.panel.intent.praise", "socialdesk.panel.intent.other", "socialdesk.panel.mood.negative",
            "socialdesk.panel.mood.neutral", "socialdesk.panel.mood.positive", "socialdesk.panel.mood.unscored", "socialdesk.panel.tier.regular", "socialdesk.panel.tier.notable",
            "socialdesk.panel.tier.influential", "socialdesk.panel.tier.prominent", "socialdesk.panel.tier.unknown");

    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final ChannelCatalog channels;

    @Inject
    public HistoryWebPanel(@ComponentImport I18nResolver i18n, @ComponentImport PageBuilderService pageBuilder,
                           ChannelCatalog channels) {
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.channels = channels;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        StringWriter html = new StringWriter();
        try {
            writeHtml(html, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        if (!(context.get("issue") instanceof Issue issue)) {
            return;
        }
        pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        writer.write("<div class=\"socialdesk-history\" data-issue-key=\"" + Encode.forHtmlAttribute(issue.getKey())
                + "\"");
        for (String key : I18N_KEYS) {
            writer.write(" data-" + key.replace('.', '-') + "=\"" + Encode.forHtmlAttribute(i18n.getText(key)) + "\"");
        }
        writer.write(" data-resources=\"" + Encode.forHtmlAttribute(PluginResources.BASE) + "\"");
        for (ChannelSpec spec : channels.specs()) {
            writer.write(" data-" + spec.labelKey().replace('.', '-') + "=\""
                    + Encode.forHtmlAttribute(i18n.getText(spec.labelKey())) + "\" data-socialdesk-channel-icon-"
                    + spec.kind().key() + "=\"" + Encode.forHtmlAttribute(spec.icon()) + "\"");
        }
        writer.write("><p class=\"socialdesk-status\">" + Encode.forHtml(i18n.getText("socialdesk.panel.loading"))
                + "</p></div>");
    }
}
