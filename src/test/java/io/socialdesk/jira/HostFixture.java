package io.socialdesk.jira;

import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;

/** The plugin's jira adapters as they run in Jira, on one node of the simulated Jira with JSM and HSQLDB. */
final class HostFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final SimulatedJsm jsm = new SimulatedJsm(clock);
    final EntityManagerActiveObjects ao = TestDatabase.HSQLDB.connect();
    final PluginNode node;

    HostFixture() {
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        try {
            node = PluginNode.start(jsm, ao, Files.createTempDirectory("sd-home"), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T get(Class<T> type) {
        return node.get(type);
    }

    @Override
    public void close() throws Exception {
        node.close();
        ao.dispose();
    }
}
