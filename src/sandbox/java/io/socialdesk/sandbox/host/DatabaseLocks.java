package io.socialdesk.sandbox.host;

import io.socialdesk.intake.ClusterLocks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.commons.dbcp.BasicDataSource;

/**
 * Cluster locks in the database, as beehive keeps them in Jira: a row per held lock, made exclusive by the primary
 * key, so two sandbox "nodes" (or two tests) on one database exclude each other. Each instance is one node.
 */
public final class DatabaseLocks implements ClusterLocks {
    private final BasicDataSource pool = new BasicDataSource();
    private final String node = UUID.randomUUID().toString();

    public DatabaseLocks(String jdbcUrl, String user, String password) {
        pool.setUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("CREATE TABLE SANDBOX_LOCK (NAME VARCHAR(255) PRIMARY KEY, NODE VARCHAR(64) NOT NULL)");
        } catch (SQLException alreadyThere) {
            // another node created it first
        }
    }

    @Override
    public <T> Optional<T> tryWith(String name, Duration wait, Supplier<T> work) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!acquire(name)) {
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            release(name);
        }
    }

    private boolean acquire(String name) {
        try (Connection c = connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO SANDBOX_LOCK (NAME, NODE) VALUES (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, node);
            insert.executeUpdate();
            return true;
        } catch (SQLException held) {
            return false;
        }
    }

    private void release(String name) {
        try (Connection c = connect();
             PreparedStatement delete = c.prepareStatement("DELETE FROM SANDBOX_LOCK WHERE NAME = ? AND NODE = ?")) {
            delete.setString(1, name);
            delete.setString(2, node);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not release lock " + name, e);
        }
    }

    private Connection connect() throws SQLException {
        return pool.getConnection();
    }
}
