// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResultImpl.html
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl {
    protected ServiceResultImpl() {
    }

    public boolean isValid() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("host API declaration");
    }
}
