// Source: https://docs.atlassian.com/atlassian-plugins-webfragment/latest/com/atlassian/plugin/web/ContextProvider.html
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
