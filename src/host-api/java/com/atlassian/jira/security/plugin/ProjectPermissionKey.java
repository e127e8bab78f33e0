// Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    public ProjectPermissionKey(String key) {
        throw new UnsupportedOperationException("host API declaration");
    }

    public String permissionKey() {
        throw new UnsupportedOperationException("host API declaration");
    }
}
