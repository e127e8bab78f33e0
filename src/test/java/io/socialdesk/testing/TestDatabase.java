package io.socialdesk.testing;

import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The databases every store test runs on: HSQLDB in memory (fast) and a real PostgreSQL 16 server started from Maven
 * Central binaries (zonky), one per JVM, with a fresh database per test. HSQLDB runs with row-level (MVCC)
 * transactions, as the databases Jira supports do: with its default table locks, AO's HSQLDB provider (which
 * serializes inserts on one monitor) deadlocks under concurrent transactions, which no Jira database would.
 */
public enum TestDatabase {
    HSQLDB(() -> EntityManagerActiveObjects.connect(
            "jdbc:hsqldb:mem:sd" + Counter.NEXT.incrementAndGet() + ";sql.syntax_pgs=false;hsqldb.tx=mvcc", "sa", "",
            "io.socialdesk")),
    POSTGRESQL(() -> Postgres.freshDatabase());

    private final Supplier<EntityManagerActiveObjects> connector;

    TestDatabase(Supplier<EntityManagerActiveObjects> connector) {
        this.connector = connector;
    }

    public EntityManagerActiveObjects connect() {
        return connector.get();
    }

    /**
     * Brings the planner's statistics of {@code ao}'s database up to date, as a database in service keeps them
     * (PostgreSQL's autovacuum); HSQLDB plans without statistics.
     */
    public void analyze(EntityManagerActiveObjects ao) {
        maintain(ao, "ANALYZE");
    }

    /**
     * Vacuums and analyzes {@code ao}'s database, as a database in service has done to old rows long ago (PostgreSQL's
     * autovacuum runs on inserts too since version 13): without it every read of them visits the table where a live
     * database answers from the index alone. HSQLDB has neither.
     */
    public void vacuum(EntityManagerActiveObjects ao) {
        maintain(ao, "VACUUM ANALYZE");
    }

    private void maintain(EntityManagerActiveObjects ao, String command) {
        if (this != POSTGRESQL) {
            return;
        }
        try (var connection = jdbc(ao); var statement = connection.createStatement()) {
            statement.execute(command);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not run " + command + " on " + ao.jdbcUrl(), e);
        }
    }

    /** A plain JDBC connection to {@code ao}'s database, as the user the tests connect as (for the catalogue). */
    public static java.sql.Connection jdbc(EntityManagerActiveObjects ao) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(ao.jdbcUrl(), user(ao), "");
    }

    /** A second, independent connection (a second cluster node) to the database {@code node} uses. */
    public static EntityManagerActiveObjects sameDatabaseAs(EntityManagerActiveObjects node) {
        return EntityManagerActiveObjects.connect(node.jdbcUrl(), user(node), "", "io.socialdesk");
    }

    private static String user(EntityManagerActiveObjects ao) {
        return ao.jdbcUrl().startsWith("jdbc:postgresql") ? "postgres" : "sa";
    }

    private static final class Counter {
        static final AtomicInteger NEXT = new AtomicInteger();
    }

    /** One embedded server for the whole test JVM; closed by the JVM shutdown hook zonky registers. */
    public static final class Postgres {
        private static EmbeddedPostgres server;

        private Postgres() {
        }

        public static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start embedded PostgreSQL", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the temporary data directory is removed with it
                    }
                }));
            }
            return server;
        }

        /** A second, independent connection (a second cluster node) to the database {@code node} uses. */
        public static EntityManagerActiveObjects sameDatabaseAs(EntityManagerActiveObjects node) {
            return TestDatabase.sameDatabaseAs(node);
        }

        static EntityManagerActiveObjects freshDatabase() {
            String name = "sd" + Counter.NEXT.incrementAndGet();
            try (var connection = server().getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return EntityManagerActiveObjects.connect(server().getJdbcUrl("postgres", name), "postgres", "",
                    "io.socialdesk");
        }
    }
}
