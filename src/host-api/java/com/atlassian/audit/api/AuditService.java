// Published at: https://github.com/mailru/jira-plugins-mrimsender/blob/35d1618/src/main/java/ru/mail/jira/plugins/myteam/component/MyteamAuditService.java
// Source: atlassian-audit-api, as called by the open-source Jira app mailru/jira-plugins-mrimsender
// @ 35d1618 (src/main/java/ru/mail/jira/plugins/myteam/component/MyteamAuditService.java: @ComponentImport AuditService,
// auditService.audit(builder.build())) and by Atlassian's support tools (AuditorImpl, decompiled in public code).
package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

public interface AuditService {
    void audit(AuditEvent event);
}
