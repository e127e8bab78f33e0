// Published at: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/websudo/WebSudoManager.html
// Source: SAL's WebSudoManager as the Jira 11 Slack app calls it (atlassian-labs/atlassian-slack-integration-server
// @ 94c50dc, slack-server-integration-common/.../admin/ConfigureServlet.java: willExecuteWebSudoRequest(request)
// throwing WebSudoSessionException, then enforceWebSudoProtection(request, response); jakarta servlet types) and
// Atlassian's "Adding WebSudo support to your plugin" page.
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
