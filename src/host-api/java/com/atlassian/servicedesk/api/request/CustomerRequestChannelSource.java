// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/request/CustomerRequestChannelSource.html
// (@PublicApi class, not an enum: static API and friends, static withValue(String) for a custom channel, value()).
package com.atlassian.servicedesk.api.request;

public class CustomerRequestChannelSource {
    public static CustomerRequestChannelSource API = new CustomerRequestChannelSource("api");

    private final String value;

    private CustomerRequestChannelSource(String value) {
        this.value = value;
    }

    public static CustomerRequestChannelSource withValue(String value) {
        return new CustomerRequestChannelSource(value);
    }

    public String value() {
        return value;
    }
}
