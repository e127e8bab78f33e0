package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.intake.Direction;
import io.socialdesk.privacy.UserKeyReferences;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiConsumer;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.springframework.stereotype.Component;

/** Every column that holds a Jira user key, each renamed by its own setter; rejections also by their target. */
@Component
public class AoUserKeyReferences implements UserKeyReferences {
    private static final String CUSTOMER = "customer:";

    /** A column holding a user key: its table, its name, a condition narrowing it, and how it is written. */
    private record Column<T extends RawEntity<Integer>>(Class<T> table, String column, String also, List<Object> alsoArgs,
                                                      BiConsumer<T, String> write) {
        Query where(String key) {
            Object[] arguments = new Object[alsoArgs.size() + 1];
            arguments[0] = key;
            for (int i = 0; i < alsoArgs.size(); i++) {
                arguments[i + 1] = alsoArgs.get(i);
            }
            return Query.select().where(column + " = ?" + also, arguments);
        }
    }

    private static final List<Column<?>> COLUMNS = List.of(
            new Column<>(InteractionEntity.class, "AGENT_KEY", "", List.of(), InteractionEntity::setAgentKey),
            // an agent's reply row names its agent as its author
            new Column<>(InteractionEntity.class, "AUTHOR_NAME", " AND DIRECTION = ?",
                    List.of(Direction.OUTBOUND.name()), InteractionEntity::setAuthorName),
            new Column<>(SurgeAnswerEntity.class, "AGENT_KEY", "", List.of(), SurgeAnswerEntity::setAgentKey),
            new Column<>(MoveEntity.class, "AGENT_KEY", "", List.of(), MoveEntity::setAgentKey),
            new Column<>(SurgeMemberEntity.class, "MOVED_BY", "", List.of(), SurgeMemberEntity::setMovedBy),
            new Column<>(RejectionEntity.class, "REJECTED_BY", "", List.of(), RejectionEntity::setRejectedBy),
            new Column<>(ChannelAccountEntity.class, "INTAKE_USER_KEY", "", List.of(),
                    ChannelAccountEntity::setIntakeUserKey),
            new Column<>(ContactEntity.class, "CUSTOMER_KEY", "", List.of(), ContactEntity::setCustomerKey));

    private final ActiveObjects ao;

    @Inject
    public AoUserKeyReferences(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int count(String userKey) {
        int rows = ao.count(RejectionEntity.class, Query.select().where("TARGET = ?", CUSTOMER + userKey));
        for (Column<?> column : COLUMNS) {
            rows += ao.count(column.table(), column.where(userKey));
        }
        return rows;
    }

    @Override
    public int rename(String from, String to) {
        if (from.equals(to)) {
            return 0;
        }
        return Transactions.write(ao, () -> {
            int changed = 0;
            for (Column<?> column : COLUMNS) {
                changed += rename(column, from, to);
            }
            for (RejectionEntity rejection : ao.find(RejectionEntity.class,
                    Query.select().where("TARGET = ?", CUSTOMER + from))) {
                String key = rejection.getContactId() + ":" + CUSTOMER + to;
                if (ao.count(RejectionEntity.class, Query.select().where("REJECT_KEY = ?", key)) > 0) {
                    ao.delete(rejection); // the same match was also rejected under the new key: one is enough
                } else {
                    rejection.setTarget(CUSTOMER + to);
                    rejection.setRejectKey(key);
                    rejection.save();
                }
                changed++;
            }
            return changed;
        });
    }

    private <T extends RawEntity<Integer>> int rename(Column<T> column, String from, String to) {
        T[] rows = ao.find(column.table(), column.where(from));
        for (T row : rows) {
            column.write().accept(row, to);
            row.save();
        }
        return rows.length;
    }
}
