// Source: sal-api's ThreadLocalDelegateExecutorFactory (https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/executor/ThreadLocalDelegateExecutorFactory.html;
// ExecutorService createExecutorService(ExecutorService delegate), docs/host-api.md *Executors*); imported by the Jira 11
// Slack app (atlassian-labs/atlassian-slack-integration-server @ 94c50dc, service/ComponentImports.java).
package com.atlassian.sal.api.executor;

import java.util.concurrent.ExecutorService;

public interface ThreadLocalDelegateExecutorFactory {
    ExecutorService createExecutorService(ExecutorService delegate);
}
