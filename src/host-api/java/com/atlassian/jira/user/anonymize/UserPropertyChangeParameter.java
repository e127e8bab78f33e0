// Source: the parameter of UserKeyChangeHandler and UserNameChangeHandler
// (https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html)
// as Atlassian Activity Streams' JiraStreamsUsernameChangeHandler reads it: getOriginal() and getTarget(), the value
// before and after the change (Strings). Whether Jira declares it as a class or an interface is not published, so
// SocialDesk reads it only through jira.AnonymizationParameters (method handles; tested with both shapes). Only the
// getters SocialDesk reads are declared.
package com.atlassian.jira.user.anonymize;

public class UserPropertyChangeParameter {
    private final String original;
    private final String target;

    public UserPropertyChangeParameter(String original, String target) {
        this.original = original;
        this.target = target;
    }

    public String getOriginal() {
        return original;
    }

    public String getTarget() {
        return target;
    }
}
