package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Rows whose column is one of many values, read in chunks small enough for any database's IN list (Oracle takes at
 * most 1,000 expressions), each chunk one query.
 */
final class InLists {
    static final int CHUNK = 500;

    private InLists() {
    }

    /**
     * The rows of {@code type} whose {@code column} is in {@code values}, in no particular order: with
     * {@code fields} only, as read-only rows whose other columns read as null; null {@code fields}: whole rows that
     * can be changed and saved.
     */
    static <T extends RawEntity<K>, K> List<T> find(ActiveObjects ao, Class<T> type, String fields, String column,
                                                    List<?> values) {
        List<T> rows = new ArrayList<>(values.size());
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            Query query = (fields == null ? Query.select() : Query.select(fields))
                    .where(column + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray());
            // some columns: streamed, read-only rows (find would read every column of every row anyway)
            rows.addAll(fields == null ? Arrays.asList(ao.find(type, query))
                    : ColumnReads.list(ao, type, query, row -> row));
        }
        return rows;
    }

    /** {@code ?,?,?} for {@code count} parameters. */
    static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
