package io.socialdesk.jira;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.request.CustomerRequest;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.socialdesk.insights.RequestOrigin;
import io.socialdesk.insights.RequestOrigins;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A request's origin from JSM: the customer request (desk, request type, its issue's creation) read as an agent, and
 * the channel JSM recorded when it raised it, the issue property {@value #CHANNEL_PROPERTY}
 * ({@code {"value":"portal"}};
 * JQL's {@code request-channel-type} reads the same). A request without that property was raised in Jira by an agent.
 */
@Component
public class JsmRequestOrigins implements RequestOrigins {
    static final String CHANNEL_PROPERTY = "request.channel.type";
    private static final String ISSUE_PROPERTY = "IssueProperty";

    private final JsmServices jsm;
    private final ActingUsers users;
    private final JsonEntityPropertyManager properties;

    @Inject
    public JsmRequestOrigins(JsmServices jsm, ActingUsers users,
                             @ComponentImport JsonEntityPropertyManager properties) {
        this.jsm = jsm;
        this.users = users;
        this.properties = properties;
    }

    @Override
    public Optional<RequestOrigin> of(long issueId, String asUserKey) {
        Optional<ApplicationUser> user = users.active(asUserKey);
        if (user.isEmpty() || !jsm.available()) {
            return Optional.empty();
        }
        try {
            ServiceDeskCustomerRequestService requests = jsm.customerRequests();
            CustomerRequest request = requests.getCustomerRequest(user.get(),
                    requests.newIssueQueryBuilder().issue(issueId).build());
            Issue issue = request.getIssue();
            return Optional.of(new RequestOrigin(issueId, request.getServiceDeskId(), channel(issueId),
                    request.getRequestTypeId(), issue.getCreated().toInstant()));
        } catch (ServiceDeskServiceException notARequest) {
            return Optional.empty(); // gone, moved out of the desk, or no longer visible to that agent
        }
    }

    private String channel(long issueId) {
        EntityProperty property = properties.get(ISSUE_PROPERTY, issueId, CHANNEL_PROPERTY);
        if (property == null) {
            return "jira";
        }
        try {
            JsonElement value = JsonParser.parseString(property.getValue()).getAsJsonObject().get("value");
            return value == null || !value.isJsonPrimitive() ? "jira"
                    : value.getAsString().strip().toLowerCase(Locale.ROOT);
        } catch (JsonParseException | IllegalStateException malformed) {
            return "jira";
        }
    }
}
