// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
