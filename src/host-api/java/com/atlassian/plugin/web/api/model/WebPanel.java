// Published at: https://github.com/atlassian-labs/atlassian-slack-integration-server (jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/panels/IssueWebPanel.java)
// Source: the Platform 7+ web panel API, as implemented with @Override by Atlassian's Jira 11 Slack app
// (atlassian-labs/atlassian-slack-integration-server @ 94c50dc, jira-slack-server-integration-plugin
// .../web/panels/IssueWebPanel.java, "Platform 7 and REST v2 migration" commit 04af287); the pre-Platform-7
// com.atlassian.plugin.web.model.WebPanel is deprecated and must not be imported (PluginJarIT).
package com.atlassian.plugin.web.api.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface WebPanel {
    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
