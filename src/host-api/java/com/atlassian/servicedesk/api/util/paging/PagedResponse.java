// Source: https://docs.atlassian.com/jira-servicedesk/3.9.6/com/atlassian/servicedesk/api/util/paging/PagedResponse.html
package com.atlassian.servicedesk.api.util.paging;

import java.util.Optional;

public interface PagedResponse<T> extends Iterable<T> {
    Optional<T> findFirst();
}
