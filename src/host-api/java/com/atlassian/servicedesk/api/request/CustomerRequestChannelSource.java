// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/request/CustomerRequestChannelSource.html
package com.atlassian.servicedesk.api.request;

public class CustomerRequestChannelSource {
    public static CustomerRequestChannelSource API;

    protected CustomerRequestChannelSource() {
    }

    public static CustomerRequestChannelSource withValue(String value) {
        throw new UnsupportedOperationException("host API declaration");
    }
}
