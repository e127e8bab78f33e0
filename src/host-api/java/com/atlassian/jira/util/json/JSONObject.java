// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/json/JSONObject.html
package com.atlassian.jira.util.json;

import java.util.Map;

public class JSONObject {
    public JSONObject(Map map) {
    }
}
