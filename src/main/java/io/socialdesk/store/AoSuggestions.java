package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.agent.SuggestionStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Look-alike identities by exact display name or handle (indexed equality, IN lists), and rejected matches. */
@Component
public class AoSuggestions implements SuggestionStore {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoSuggestions(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public List<Lookalike> lookalikes(long contactId, Set<String> displayNames, Set<String> handles, int limit) {
        List<Lookalike> found = new ArrayList<>();
        found.addAll(matching("DISPLAY_NAME", displayNames, contactId, limit));
        found.addAll(matching("HANDLE", handles, contactId, limit));
        return found.stream().distinct().limit(limit).toList();
    }

    private List<Lookalike> matching(String column, Collection<String> values, long contactId, int limit) {
        List<String> wanted = values.stream().filter(v -> !v.isBlank()).limit(20).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(wanted);
        params.add((int) contactId);
        return Arrays.stream(ao.find(IdentityEntity.class, Query.select()
                        .where(column + " IN (" + InLists.placeholders(wanted.size()) + ") AND CONTACT_ID <> ?",
                                params.toArray()).order("ID DESC").limit(limit)))
                .map(row -> new Lookalike(row.getContactId(), row.getKind(), InteractionRows.text(row.getHandle()),
                        InteractionRows.text(row.getDisplayName())))
                .toList();
    }

    /** A LIKE on the message text (escaped, so the number is matched literally); runs only for a found number. */
    @Override
    public List<Mention> mentioning(long contactId, String text, int limit) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Arrays.stream(ao.find(InteractionEntity.class, Query.select()
                        .where("BODY LIKE ? ESCAPE '\\' AND DIRECTION = ? AND CONTACT_ID <> ?", like, "INBOUND",
                                (int) contactId).order("ID DESC").limit(limit)))
                .filter(row -> row.getContactId() != null)
                .map(row -> new Mention(row.getContactId(), java.time.Instant.ofEpochMilli(row.getOccurredAt())))
                .toList();
    }

    @Override
    public Set<String> rejected(long contactId) {
        return Arrays.stream(ao.find(RejectionEntity.class, "CONTACT_ID = ?", (int) contactId))
                .map(RejectionEntity::getTarget).collect(Collectors.toSet());
    }

    @Override
    public void reject(long contactId, String target, String userKey) {
        String key = contactId + ":" + target;
        if (ao.count(RejectionEntity.class, Query.select().where("REJECT_KEY = ?", key)) > 0) {
            return;
        }
        try {
            ao.create(RejectionEntity.class, new DBParam("REJECT_KEY", ColumnText.fit(key, ColumnText.SHORT)),
                    new DBParam("CONTACT_ID", (int) contactId), new DBParam("TARGET", ColumnText.fit(target,
                            ColumnText.SHORT)), new DBParam("REJECTED_BY", userKey),
                    new DBParam("REJECTED_AT", clock.millis()));
        } catch (RuntimeException e) {
            if (SqlConflicts.retryable(e).isEmpty()) {
                throw e;
            }
            // the same rejection from another click or node won the race: it is recorded either way
        }
    }
}
