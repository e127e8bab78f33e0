// Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
// (final value class: ProjectPermissionKey(String), permissionKey(), equality by key). Value-holding as the real one.
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey implements java.io.Serializable {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
