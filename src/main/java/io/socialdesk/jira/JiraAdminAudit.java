package io.socialdesk.jira;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditType;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.admin.AdminAudit;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Admin changes to Jira's audit log (Administration → Audit log, area "Apps", category SocialDesk), with Jira filling
 * in who, when and from where. An audit failure is logged and never undoes or blocks the change.
 */
@Component
public class JiraAdminAudit implements AdminAudit {
    static final String CATEGORY = "socialdesk.audit.category";
    private static final Logger LOG = LoggerFactory.getLogger(JiraAdminAudit.class);
    private final AuditService audit;

    @Inject
    public JiraAdminAudit(@ComponentImport AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void record(Change change, Map<String, String> details) {
        String action = "socialdesk.audit." + change.name().toLowerCase(Locale.ROOT).replace('_', '.');
        try {
            AuditEvent.Builder event = AuditEvent.builder(AuditType.fromI18nKeys(CoverageArea.ECOSYSTEM,
                    CoverageLevel.BASE, CATEGORY, action).build());
            details.forEach((key, value) -> event.extraAttribute(AuditAttribute.fromI18nKeys(key, value).build()));
            audit.audit(event.build());
        } catch (RuntimeException e) {
            LOG.warn("SocialDesk: {} could not be written to Jira's audit log", action, e);
        }
    }
}
