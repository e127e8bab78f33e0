// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/ApplicationUser.html
package com.atlassian.jira.user;

public interface ApplicationUser extends java.security.Principal {
    String getKey();

    String getUsername();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
