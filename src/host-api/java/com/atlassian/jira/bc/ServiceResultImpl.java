// Published at: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResultImpl.html
// Source: jira-api's ServiceResultImpl (@PublicApi; source text read in public Jira source: constructor taking the
// ErrorCollection, isValid() = !errorCollection.hasAnyErrors(), getErrorCollection()). Value-holding, as the real class.
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
