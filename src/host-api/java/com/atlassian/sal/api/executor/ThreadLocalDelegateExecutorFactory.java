// Source: sal-api's ThreadLocalDelegateExecutorFactory (source text read in public code and in the decompiled sal-api
// 5.1.4, host-api.md DEC: ExecutorService createExecutorService(ExecutorService delegate)); imported by the Jira 11
// Slack app (atlassian-labs/atlassian-slack-integration-server @ 94c50dc, service/ComponentImports.java).
package com.atlassian.sal.api.executor;

import java.util.concurrent.ExecutorService;

public interface ThreadLocalDelegateExecutorFactory {
    ExecutorService createExecutorService(ExecutorService delegate);
}
