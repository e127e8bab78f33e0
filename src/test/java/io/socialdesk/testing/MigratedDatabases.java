package io.socialdesk.testing;

import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases a store test connects to, each with fresh tables for the entities it names, all disposed after the
 * test (register it with {@code @RegisterExtension}): the connect-migrate-remember-dispose steps the store tests each
 * wrote for themselves.
 */
public final class MigratedDatabases implements AfterEachCallback {
    private final List<EntityManagerActiveObjects> connections = new ArrayList<>();

    @SafeVarargs
    public final EntityManagerActiveObjects connect(TestDatabase db, Class<? extends RawEntity<?>>... entities) {
        EntityManagerActiveObjects ao = keep(db.connect());
        ao.migrateDestructively(entities);
        return ao;
    }

    /** A connection made elsewhere (a second node on the same database), disposed with the others. */
    public EntityManagerActiveObjects keep(EntityManagerActiveObjects connection) {
        connections.add(connection);
        return connection;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        connections.forEach(EntityManagerActiveObjects::dispose);
        connections.clear();
    }
}
