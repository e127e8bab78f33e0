package io.socialdesk.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.socialdesk.request.RequestLinks;
import jakarta.inject.Inject;
import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * A request's address on Jira's canonical base URL. JSM shows a customer who opens an issue's address the request in
 * the customer portal, so the issue address serves both customers and agents without knowing the portal's id (an
 * assumption from JSM's behaviour, not verified against a live Jira here).
 */
@Component
public class JiraRequestLinks implements RequestLinks {
    private final ApplicationProperties application;

    @Inject
    public JiraRequestLinks(@ComponentImport ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public URI forCustomer(String requestKey) {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        return URI.create((base.endsWith("/") ? base : base + "/") + "browse/" + requestKey);
    }
}
