package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Jira's user manager and user search over the simulated users: a username is its key here, as for JSM customers. */
final class SimUsers implements UserManager, UserSearchService {
    private final SimulatedJsm jsm;

    SimUsers(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return userKey == null ? null : jsm.user(userKey).map(SimUsers::applicationUser).orElse(null);
    }

    @Override
    public ApplicationUser getUserByName(String userName) {
        return getUserByKey(userName);
    }

    /** Every user with the address, inactive ones included, as Jira's search does; callers choose. */
    @Override
    public Iterable<String> findUserKeysByEmail(String email) {
        String wanted = email == null ? "" : email.toLowerCase(Locale.ROOT);
        return jsm.users().stream().filter(u -> u.email().toLowerCase(Locale.ROOT).equals(wanted))
                .map(SimulatedJsm.User::key).toList();
    }

    static Optional<ApplicationUser> of(SimulatedJsm jsm, String key) {
        return jsm.user(key).map(SimUsers::applicationUser);
    }

    static ApplicationUser applicationUser(SimulatedJsm.User user) {
        return new SimApplicationUser(user.key(), user.displayName(), user.email(), user.active());
    }

    record SimApplicationUser(String key, String displayName, String email, boolean active)
            implements ApplicationUser {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getUsername() {
            return key;
        }

        @Override
        public String getName() {
            return key;
        }

        @Override
        public String getDisplayName() {
            return displayName;
        }

        @Override
        public String getEmailAddress() {
            return email;
        }

        @Override
        public boolean isActive() {
            return active;
        }
    }

    static List<String> keysOf(Iterable<String> keys) {
        return java.util.stream.StreamSupport.stream(keys.spliterator(), false).toList();
    }
}
