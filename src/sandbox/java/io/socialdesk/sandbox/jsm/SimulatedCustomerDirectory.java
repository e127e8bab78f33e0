package io.socialdesk.sandbox.jsm;

import io.socialdesk.contact.CustomerDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The simulated JSM's users as the customer directory (Jira's UserSearchService and UserManager in production). */
public final class SimulatedCustomerDirectory implements CustomerDirectory {
    private final SimulatedJsm jsm;

    public SimulatedCustomerDirectory(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public Optional<String> keyByEmail(String email) {
        List<SimulatedJsm.User> matches = jsm.users().stream()
                .filter(u -> u.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0).key()) : Optional.empty();
    }

    @Override
    public Optional<String> resolve(String usernameOrKey) {
        return jsm.user(usernameOrKey).map(SimulatedJsm.User::key);
    }
}
