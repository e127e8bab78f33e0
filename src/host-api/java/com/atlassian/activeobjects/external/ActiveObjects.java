// Source: https://docs.atlassian.com/activeobjects/latest/com/atlassian/activeobjects/external/ActiveObjects.html (docs/host-api.md *Active Objects*)
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    // Many rows in one statement batch, no entities back. Declared in activeobjects-plugin 5.2.1 (ngannk-fptu/Decompiled-Files @ e0c88ec,
    // decompiled source); EntityManager#create(Class, List) of the net.java.ao library behind it.
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    // Read-only rows with only the query's columns (find loads every column of every row whatever the query selects).
    // Declared in activeobjects-plugin 5.2.1 (ngannk-fptu/Decompiled-Files @ e0c88ec, decompiled source); called the same way by Atlassian's
    // Jira DVCS connector: com.atlassian.jira.plugins.dvcs.event.SyncEventDao#streamAllByRepoId.
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
