// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/util/UserManager.html
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
