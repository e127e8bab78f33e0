// Source: activeobjects-plugin's ActiveObjectsUpgradeTask (https://docs.atlassian.com/activeobjects/latest/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html;
// ngannk-fptu/Decompiled-Files @ e0c88ec, activeobjects-plugin 5.2.1; docs/host-api.md *Active Objects* and Atlassian's "Upgrading your plugin and handling data model updates" page):
// ModelVersion getModelVersion(); void upgrade(ModelVersion currentVersion, ActiveObjects ao).
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
