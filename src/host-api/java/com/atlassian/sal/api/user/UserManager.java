// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserManager.html
package com.atlassian.sal.api.user;

public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
