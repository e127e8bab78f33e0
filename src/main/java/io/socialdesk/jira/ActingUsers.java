package io.socialdesk.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The users SocialDesk acts as in Jira (the accounts' intake user, the replying agent), each looked up at most once a
 * minute: routing a burst would otherwise ask Jira for the same intake user twice per post. A user deactivated in
 * the meantime is noticed within the minute; the write itself still goes through Jira's permission checks.
 */
@Component
public class ActingUsers {
    static final Duration KEPT = Duration.ofMinutes(1);

    private record Known(ApplicationUser user, Instant until) {
    }

    private final UserManager users;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    public ActingUsers(@ComponentImport("jiraUserManager") UserManager users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** The active user with this key, or empty when Jira has none (removed or deactivated). */
    public Optional<ApplicationUser> active(String userKey) {
        Instant now = clock.instant();
        Known entry = known.get(userKey);
        if (entry == null || !now.isBefore(entry.until())) {
            ApplicationUser user = users.getUserByKey(userKey);
            if (user == null || !user.isActive()) {
                known.remove(userKey);
                return Optional.empty();
            }
            entry = new Known(user, now.plus(KEPT));
            known.put(userKey, entry);
        }
        return Optional.of(entry.user());
    }
}
