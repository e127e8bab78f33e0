// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
package com.atlassian.jira.issue.link;

import java.util.Collection;

public interface IssueLinkTypeManager {
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
