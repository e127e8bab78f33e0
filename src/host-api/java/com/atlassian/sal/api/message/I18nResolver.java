// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);
}
