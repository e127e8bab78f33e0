// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/properties/IssuePropertyService.html
package com.atlassian.jira.bc.issue.properties;

import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.issue.Issue;

public interface IssuePropertyService extends EntityPropertyService<Issue> {
}
