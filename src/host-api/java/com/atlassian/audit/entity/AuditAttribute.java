// Published at: https://github.com/mailru/jira-plugins-mrimsender/blob/35d1618/src/main/java/ru/mail/jira/plugins/myteam/component/MyteamAuditService.java
// Source: atlassian-audit-api: AuditAttribute.fromI18nKeys(String nameI18nKey, String value).build(), as
// Atlassian's support tools call it (com.atlassian.troubleshooting.stp.audit.AuditorImpl, decompiled in public code).
// Value-holding.
package com.atlassian.audit.entity;

public class AuditAttribute {
    private final String nameI18nKey;
    private final String value;

    private AuditAttribute(String nameI18nKey, String value) {
        this.nameI18nKey = nameI18nKey;
        this.value = value;
    }

    public static Builder fromI18nKeys(String nameI18nKey, String value) {
        return new Builder(new AuditAttribute(nameI18nKey, value));
    }

    public String getNameI18nKey() {
        return nameI18nKey;
    }

    public String getValue() {
        return value;
    }

    public static class Builder {
        private final AuditAttribute attribute;

        Builder(AuditAttribute attribute) {
            this.attribute = attribute;
        }

        public AuditAttribute build() {
            return attribute;
        }
    }
}
