// Source: https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html
// (@PublicApi interface: Iterable<String> findUserKeysByEmail(String); docs/host-api.md *Users*).
package com.atlassian.jira.bc.user.search;

public interface UserSearchService {
    Iterable<String> findUserKeysByEmail(String email);
}
