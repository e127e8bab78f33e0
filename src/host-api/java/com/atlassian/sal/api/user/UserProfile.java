// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserProfile.html
package com.atlassian.sal.api.user;

public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
