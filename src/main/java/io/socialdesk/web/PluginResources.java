package io.socialdesk.web;

/** Where Jira serves the plugin's download resources (images, scripts) from, relative to its context path. */
public final class PluginResources {
    public static final String PLUGIN_KEY = "io.socialdesk.jsm-socialdesk";
    public static final String BASE = "/download/resources/" + PLUGIN_KEY + "/";

    private PluginResources() {
    }
}
