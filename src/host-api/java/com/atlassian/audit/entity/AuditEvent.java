// Published at: https://github.com/mailru/jira-plugins-mrimsender/blob/35d1618/src/main/java/ru/mail/jira/plugins/myteam/component/MyteamAuditService.java
// Source: atlassian-audit-api: AuditEvent.builder(AuditType) returning AuditEvent.Builder with
// extraAttribute(AuditAttribute) and build(), as mailru/jira-plugins-mrimsender @ 35d1618 (MyteamAuditService) and
// Atlassian's AuditorImpl call them. Value-holding so the simulated Jira can record what was audited.
package com.atlassian.audit.entity;

import java.util.ArrayList;
import java.util.List;

public class AuditEvent {
    private final AuditType type;
    private final List<AuditAttribute> extraAttributes;

    private AuditEvent(AuditType type, List<AuditAttribute> extraAttributes) {
        this.type = type;
        this.extraAttributes = List.copyOf(extraAttributes);
    }

    public static Builder builder(AuditType type) {
        return new Builder(type);
    }

    public String getActionI18nKey() {
        return type.actionI18nKey();
    }

    public String getCategoryI18nKey() {
        return type.categoryI18nKey();
    }

    public CoverageArea getArea() {
        return type.area();
    }

    public java.util.Collection<AuditAttribute> getExtraAttributes() {
        return extraAttributes;
    }

    public static class Builder {
        private final AuditType type;
        private final List<AuditAttribute> attributes = new ArrayList<>();

        public Builder(AuditType type) {
            this.type = type;
        }

        public Builder extraAttribute(AuditAttribute attribute) {
            attributes.add(attribute);
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(type, attributes);
        }
    }
}
