package io.socialdesk.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * JSON for our REST resources. Resources return strings written here rather than relying on the host's JSON provider,
 * so the wire format is the same in Jira and in the sandbox, and nothing depends on which Jackson Jira exports.
 */
public final class Json {
    // HTML-safe escaping stays on: a payload echoed into a page can never close a script tag.
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    private Json() {
    }

    public static String write(Object value) {
        return GSON.toJson(value);
    }

    public static Gson gson() {
        return GSON;
    }
}
