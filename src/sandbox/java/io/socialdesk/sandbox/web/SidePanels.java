package io.socialdesk.sandbox.web;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.api.model.WebPanel;
import io.socialdesk.sandbox.host.ComponentContainer;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.host.SandboxPageBuilder;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issue view's right column as Jira builds it: every web-panel of the descriptor at
 * {@code atl.jira.view.issue.right.context} whose conditions pass, rendered by the plugin's own classes with the
 * issue in the context, plus the tags of the web resources they required.
 */
public final class SidePanels {
    static final String LOCATION = "atl.jira.view.issue.right.context";
    private final PluginDescriptor descriptor;
    private final ComponentContainer components;

    public SidePanels(PluginDescriptor descriptor, ComponentContainer components) {
        this.descriptor = descriptor;
        this.components = components;
    }

    public Rendered render(SimulatedJsm.Request request) {
        // Jira puts the issue being viewed into the web panels' context
        Map<String, Object> context = Map.of("issue",
                components.get(com.atlassian.jira.issue.IssueManager.class).getIssueObject(request.id()));
        SandboxPageBuilder.drain();
        StringBuilder html = new StringBuilder();
        for (PluginDescriptor.WebPanelModule module : descriptor.webPanels(LOCATION)) {
            if (module.conditions().stream().allMatch(c -> ((Condition) create(c)).shouldDisplay(context))) {
                // Jira heads a web panel with its label; the panel itself writes only its content
                String label = components.get(com.atlassian.sal.api.message.I18nResolver.class)
                        .getText(module.labelKey());
                html.append("<div class=\"sd-web-panel\"><h3 class=\"sd-web-panel-label\">")
                        .append(org.owasp.encoder.Encode.forHtml(label)).append("</h3>")
                        .append(((WebPanel) create(module.className())).getHtml(context)).append("</div>");
            }
        }
        return new Rendered(html.toString(), SandboxPageBuilder.drain());
    }

    public record Rendered(String html, Set<String> requiredContexts) {
        public List<String> resources(Map<String, List<String>> contexts) {
            return requiredContexts.stream().flatMap(c -> contexts.getOrDefault(c, List.of()).stream()).toList();
        }
    }

    private Object create(String className) {
        try {
            return components.create(Class.forName(className));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("descriptor names a missing class: " + className, e);
        }
    }
}
