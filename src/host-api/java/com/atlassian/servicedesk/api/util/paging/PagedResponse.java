// Source: https://docs.atlassian.com/jira-servicedesk/10.2.0/com/atlassian/servicedesk/api/util/paging/PagedResponse.html
// Only what SocialDesk calls is declared (map(...) takes a Guava function and is left out).
package com.atlassian.servicedesk.api.util.paging;

import java.util.List;
import java.util.Optional;

public interface PagedResponse<T> extends Iterable<T> {
    List<T> getResults();

    int size();

    boolean hasNextPage();

    Optional<T> findFirst();
}
