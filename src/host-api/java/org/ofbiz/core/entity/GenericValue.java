// Source: https://docs.atlassian.com/jira/latest/ (OfBiz GenericValue as exposed in Jira's API; used as a parameter type only)
package org.ofbiz.core.entity;

public class GenericValue {
    protected GenericValue() {
    }
}
