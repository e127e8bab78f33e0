package io.socialdesk.sandbox.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import org.apache.commons.dbcp.BasicDataSource;

/**
 * Beehive's ClusterLockService as Jira Data Center runs it: each lock name is a row in the shared database, kept for
 * good once the name was used (Jira never deletes them: JRASERVER-69114), held by the node whose id it carries, so
 * nodes on one database exclude each other; within a node a lock is held by one thread, and it is not re-entrant (a
 * second tryLock by the holder fails), as beehive documents. Each instance is one node.
 */
public final class DatabaseClusterLocks implements ClusterLockService {
    private static final long POLL_MILLIS = 10;
    private final BasicDataSource pool = new BasicDataSource();
    private final String node = UUID.randomUUID().toString();
    private final Map<String, NodeLock> locks = new ConcurrentHashMap<>();

    public DatabaseClusterLocks(String jdbcUrl, String user, String password) {
        pool.setUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE SANDBOX_LOCK (NAME VARCHAR(255) PRIMARY KEY, NODE VARCHAR(64))");
        } catch (SQLException alreadyThere) {
            // another node created it first
        }
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isEmpty() || lockName.length() > 255) {
            throw new IllegalArgumentException("lock names are 1 to 255 characters: " + lockName);
        }
        NodeLock known = locks.get(lockName);
        if (known != null) {
            return known;
        }
        // made outside the map's own locking (it writes the name's row); a second thread making it too is harmless
        NodeLock made = new NodeLock(lockName);
        NodeLock first = locks.putIfAbsent(lockName, made);
        return first != null ? first : made;
    }

    /** How many lock names the cluster has kept rows for: every name ever used, as in Jira. */
    public int lockNameRows() {
        try (Connection c = pool.getConnection(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT COUNT(*) FROM SANDBOX_LOCK")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void close() {
        try {
            pool.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class NodeLock implements ClusterLock {
        private final String name;
        private volatile Thread holder;

        NodeLock(String name) {
            this.name = name;
            makeRow();
        }

        @Override
        public synchronized boolean tryLock() {
            if (holder != null || !takeRow()) {
                return false;
            }
            holder = Thread.currentThread();
            return true;
        }

        /** As {@link java.util.concurrent.locks.Lock} specifies: an interrupted caller gets no lock, at entry too. */
        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            while (!tryLock()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(POLL_MILLIS);
            }
            return true;
        }

        @Override
        public void lock() {
            while (!tryLock()) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                Thread.sleep(POLL_MILLIS);
            }
        }

        @Override
        public synchronized void unlock() {
            if (holder != Thread.currentThread()) {
                throw new IllegalMonitorStateException("cluster lock " + name + " is not held by this thread");
            }
            releaseRow();
            holder = null;
        }

        @Override
        public boolean isHeldByCurrentThread() {
            return holder == Thread.currentThread();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }

        /**
         * Makes the name's row if no node made it yet: beehive does this once per name and node, when the lock is
         * first asked for (ClusterLockDao.insertEmptyClusterLock, which Jira's DAO lets fail when the row exists),
         * so a tryLock is one conditional update.
         */
        private void makeRow() {
            // a caller's interrupt is for its tryLock to see, not for the database driver to swallow
            boolean interrupted = Thread.interrupted();
            try (Connection c = pool.getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO SANDBOX_LOCK (NAME, NODE) VALUES (?, NULL)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            } catch (SQLException existsAlready) {
                // another node, or this one before a restart, used the name before
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Takes the name's row for this node when nobody holds it (ClusterLockDao.tryUpdateAcquireLock). */
        private boolean takeRow() {
            try (Connection c = pool.getConnection(); PreparedStatement take = c.prepareStatement(
                    "UPDATE SANDBOX_LOCK SET NODE = ? WHERE NAME = ? AND NODE IS NULL")) {
                take.setString(1, node);
                take.setString(2, name);
                return take.executeUpdate() == 1;
            } catch (SQLException heldElsewhere) {
                return false;
            }
        }

        private void releaseRow() {
            try (Connection c = pool.getConnection();
                 PreparedStatement delete = c.prepareStatement(
                         "UPDATE SANDBOX_LOCK SET NODE = NULL WHERE NAME = ? AND NODE = ?")) {
                delete.setString(1, name);
                delete.setString(2, node);
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not release cluster lock " + name, e);
            }
        }
    }
}
