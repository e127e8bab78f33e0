// Source: https://docs.atlassian.com/atlassian-plugins/latest/com/atlassian/plugin/PluginParseException.html
package com.atlassian.plugin;

public class PluginParseException extends PluginException {
    public PluginParseException(String message) {
        super(message);
    }
}
