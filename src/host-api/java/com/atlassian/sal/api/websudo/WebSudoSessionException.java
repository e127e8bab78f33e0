// Published at: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/websudo/WebSudoSessionException.html
// Source: SAL's WebSudoSessionException, caught by the Jira 11 Slack app (atlassian-labs/atlassian-slack-integration-
// server @ 94c50dc, ConfigureServlet.java) around willExecuteWebSudoRequest.
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends Exception {
    public WebSudoSessionException(String message) {
        super(message);
    }
}
