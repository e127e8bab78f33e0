// Published at: https://github.com/mailru/jira-plugins-mrimsender/blob/35d1618/src/main/java/ru/mail/jira/plugins/myteam/component/MyteamAuditService.java
// Source: atlassian-audit-api's CoverageArea; ECOSYSTEM ("Apps") is the area of app events, as
// mailru/jira-plugins-mrimsender @ 35d1618 (MyteamAuditService) uses it. Only the constant SocialDesk uses is declared.
package com.atlassian.audit.entity;

public enum CoverageArea {
    ECOSYSTEM
}
