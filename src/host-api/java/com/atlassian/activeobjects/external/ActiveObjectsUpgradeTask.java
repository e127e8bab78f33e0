// Source: activeobjects-plugin's ActiveObjectsUpgradeTask (host-api.md §7, VERIFIED in the decompiled
// activeobjects-plugin 5.2.1 and Atlassian's "Upgrading your plugin and handling data model updates" page):
// ModelVersion getModelVersion(); void upgrade(ModelVersion currentVersion, ActiveObjects ao).
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
