// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/ErrorCollection.html
package com.atlassian.jira.util;

public interface ErrorCollection {
    boolean hasAnyErrors();
}
