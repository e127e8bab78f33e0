// Source: https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/Condition.html
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
