package io.socialdesk.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * Jira's {@link ActiveObjects} on the real AO ORM (3.2.11 from Maven Central; Jira 11 ships 6.x with the same entity
 * API), named exactly as in Jira: {@code AO_<last 6 hex of md5(namespace)>_TABLE}. Used by the sandbox and tests.
 * Like Jira's implementation it reports SQL failures unchecked, with the {@link SQLException} as the cause, and
 * like Jira it pools connections (DBCP), so per-statement connection setup does not distort timings.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private static final ThreadLocal<Boolean> IN_TRANSACTION = ThreadLocal.withInitial(() -> false);
    private final EntityManager entityManager;
    private final String jdbcUrl;

    private EntityManagerActiveObjects(EntityManager entityManager, String jdbcUrl) {
        this.entityManager = entityManager;
        this.jdbcUrl = jdbcUrl;
    }

    public static EntityManagerActiveObjects connect(String jdbcUrl, String user, String password, String namespace) {
        String prefix = "AO_" + hashSuffix(namespace) + "_";
        EntityManager em = EntityManagerBuilder.url(jdbcUrl).username(user).password(password).dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        return new EntityManagerActiveObjects(em, jdbcUrl);
    }

    static String hashSuffix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format(Locale.ROOT, "%032x", new BigInteger(1, digest));
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @SafeVarargs
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /** Tells {@code listener} every SQL statement this connection runs (tests count and inspect them). */
    public void listenToSql(java.util.function.Consumer<String> listener) {
        entityManager.getProvider().addSqlListener(listener::accept);
    }

    public void dispose() {
        entityManager.getProvider().dispose();
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, java.util.List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
                                                   EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (IN_TRANSACTION.get()) {
            // Jira's AO runs it in SAL's transaction template, which joins the transaction already open on the
            // thread; AO's own Transaction would commit the inner one early and leave the rest without one
            return callback.doInTransaction();
        }
        IN_TRANSACTION.set(true);
        try {
            return transaction(callback);
        } finally {
            IN_TRANSACTION.remove();
        }
    }

    private <T> T transaction(TransactionCallback<T> callback) {
        return sql(() -> new Transaction<T>(entityManager) {
            @Override
            protected T run() {
                return callback.doInTransaction();
            }
        }.execute());
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
