// Published at: https://github.com/mailru/jira-plugins-mrimsender/blob/35d1618/src/main/java/ru/mail/jira/plugins/myteam/component/MyteamAuditService.java
// Source: atlassian-audit-api: AuditType.fromI18nKeys(CoverageArea, CoverageLevel, String categoryI18nKey,
// String actionI18nKey).build(), as mailru/jira-plugins-mrimsender @ 35d1618 (MyteamAuditService) calls it.
// Value-holding.
package com.atlassian.audit.entity;

public class AuditType {
    private final CoverageArea area;
    private final CoverageLevel level;
    private final String categoryI18nKey;
    private final String actionI18nKey;

    private AuditType(CoverageArea area, CoverageLevel level, String categoryI18nKey, String actionI18nKey) {
        this.area = area;
        this.level = level;
        this.categoryI18nKey = categoryI18nKey;
        this.actionI18nKey = actionI18nKey;
    }

    public static Builder fromI18nKeys(CoverageArea area, CoverageLevel level, String categoryI18nKey,
                                       String actionI18nKey) {
        return new Builder(new AuditType(area, level, categoryI18nKey, actionI18nKey));
    }

    CoverageArea area() {
        return area;
    }

    String categoryI18nKey() {
        return categoryI18nKey;
    }

    String actionI18nKey() {
        return actionI18nKey;
    }

    public static class Builder {
        private final AuditType type;

        Builder(AuditType type) {
            this.type = type;
        }

        public AuditType build() {
            return type;
        }
    }
}
