// Its package is published at: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/package-summary.html
// Source: the parameter of UserAnonymizationHandler as Atlassian Notifications' handler reads it
// (userAnonymizationParameter.getUserKey(), a String user key). Declared as a class: Jira's anonymization parameters
// are value classes built by Jira (not verified against jira-api's source, which is not published on Maven Central;
// docs/architecture.md lists this as unverified). SocialDesk therefore never calls it directly: jira.AnonymizationParameters
// reads it through a method handle that works whether Jira declares a class or an interface
// (AnonymizationParametersTest compiles this stand-in both ways). Only the getter SocialDesk reads is declared.
package com.atlassian.jira.user.anonymize;

public class UserAnonymizationParameter {
    private final String userKey;

    public UserAnonymizationParameter(String userKey) {
        this.userKey = userKey;
    }

    public String getUserKey() {
        return userKey;
    }
}
