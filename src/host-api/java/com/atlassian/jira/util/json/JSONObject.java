// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/json/JSONObject.html (Jira's copy of
// JSON.org's JSONObject, read in public Jira source: JSONObject(Map), optBoolean(String) = the value if it is Boolean
// true/false or the string "true"/"false", else false; toString() writes the JSON text). Value-holding; only the
// flat maps of primitives SocialDesk builds are written.
package com.atlassian.jira.util.json;

import java.util.LinkedHashMap;
import java.util.Map;

public class JSONObject {
    private final Map<String, Object> map = new LinkedHashMap<>();

    @SuppressWarnings({"rawtypes", "unchecked"})
    public JSONObject(Map map) {
        map.forEach((key, value) -> this.map.put(String.valueOf(key), value));
    }

    public boolean optBoolean(String key) {
        Object value = map.get(key);
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    @Override
    public String toString() {
        StringBuilder json = new StringBuilder("{");
        map.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(key)).append(':')
                    .append(value instanceof Number || value instanceof Boolean ? String.valueOf(value)
                            : value == null ? "null" : quote(String.valueOf(value)));
        });
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
