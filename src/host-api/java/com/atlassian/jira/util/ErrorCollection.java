// Published at: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/ErrorCollection.html
// Source: jira-api's ErrorCollection (@PublicApi interface; source text read in public Jira source: addError(String,
// String), addErrorMessage(String), getErrorMessages(), getErrors(), hasAnyErrors()).
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {
    void addError(String field, String message);

    void addErrorMessage(String message);

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
