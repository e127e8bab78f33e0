// Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/user/search/UserSearchService.html
package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

public interface UserSearchService {
    Iterable<ApplicationUser> findUsersByEmail(String email);
}
