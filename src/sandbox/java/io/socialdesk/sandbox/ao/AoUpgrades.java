package io.socialdesk.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a plugin's AO upgrade tasks as the activeobjects plugin does when the plugin starts: every task whose model
 * version is newer than the stored one, oldest first, each handed the version before it. The sandbox's database is
 * new on every start, so the stored version is 0 there, as on a fresh install in Jira: the tasks must cope with
 * empty tables, and running them in the sandbox and its tests shows that they do.
 */
public final class AoUpgrades {
    private AoUpgrades() {
    }

    /** Returns the model version reached. */
    public static ModelVersion run(List<String> taskClasses, ModelVersion stored, ActiveObjects ao) {
        List<ActiveObjectsUpgradeTask> tasks = taskClasses.stream().map(AoUpgrades::instantiate)
                .filter(task -> task.getModelVersion().isNewerThan(stored))
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion)).toList();
        ModelVersion current = stored;
        for (ActiveObjectsUpgradeTask task : tasks) {
            task.upgrade(current, ao);
            current = task.getModelVersion();
        }
        return current;
    }

    private static ActiveObjectsUpgradeTask instantiate(String className) {
        try {
            return (ActiveObjectsUpgradeTask) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("descriptor names an upgrade task that cannot be made: " + className, e);
        }
    }
}
