// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/request/CustomerRequestCreateParameters.html
package com.atlassian.servicedesk.api.request;

import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.field.FieldId;
import com.atlassian.servicedesk.api.field.FieldInputValue;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import java.util.Optional;

public interface CustomerRequestCreateParameters {
    interface Builder {
        Builder serviceDesk(ServiceDesk serviceDesk);

        Builder requestType(RequestType requestType);

        Builder fieldValue(FieldId fieldId, FieldInputValue fieldValue);

        Builder raiseOnBehalfOf(Optional<String> userName);

        Builder customerRequestChannelSource(CustomerRequestChannelSource customerRequestChannelSource);

        CustomerRequestCreateParameters build();
    }
}
