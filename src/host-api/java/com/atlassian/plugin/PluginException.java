// Source: https://docs.atlassian.com/atlassian-plugins/latest/com/atlassian/plugin/PluginException.html
package com.atlassian.plugin;

public class PluginException extends RuntimeException {
    public PluginException(String message) {
        super(message);
    }
}
