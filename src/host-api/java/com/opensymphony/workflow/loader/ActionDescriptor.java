// Source: OSWorkflow 2.x as shipped with Jira, https://docs.atlassian.com/software/jira/docs/api/latest/ (osworkflow ActionDescriptor)
package com.opensymphony.workflow.loader;

public class ActionDescriptor {
    protected ActionDescriptor() {
    }

    public int getId() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public String getName() {
        throw new UnsupportedOperationException("host API declaration");
    }
}
