package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Reads of a few columns. {@code find} fetches and maps every column of every row whatever the query selects (an
 * interaction row has 37, its text among them): measured, a customer's 50 newest interactions read that way were the
 * largest single cost of routing a post. {@code stream} fetches only the query's columns, as read-only rows.
 */
final class ColumnReads {
    private ColumnReads() {
    }

    /**
     * The rows of {@code query}, which must select every column {@code value} reads (the others read as null), each
     * turned into a value while its row is current.
     */
    static <T extends RawEntity<K>, K, V> List<V> list(ActiveObjects ao, Class<T> type, Query query,
                                                       Function<T, V> value) {
        List<V> values = new ArrayList<>();
        ao.stream(type, query, row -> values.add(value.apply(row)));
        return values;
    }
}
