package io.socialdesk.jira;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.contact.CustomerDirectory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Jira's user directory for calls (email) and for an agent linking a contact (username or key). */
@Component
public class JiraCustomerDirectory implements CustomerDirectory {
    private final UserSearchService search;
    private final UserManager users;

    @Inject
    public JiraCustomerDirectory(@ComponentImport UserSearchService search,
                                 @ComponentImport("jiraUserManager") UserManager users) {
        this.search = search;
        this.users = users;
    }

    @Override
    public Optional<String> keyByEmail(String email) {
        List<ApplicationUser> matches = new ArrayList<>();
        for (String key : search.findUserKeysByEmail(email)) {
            ApplicationUser user = users.getUserByKey(key);
            if (user != null && user.isActive()) {
                matches.add(user);
            }
        }
        // two users sharing an address cannot tell us who called: link none rather than the wrong one
        return matches.size() == 1 ? Optional.of(matches.get(0).getKey()) : Optional.empty();
    }

    @Override
    public Optional<String> resolve(String usernameOrKey) {
        ApplicationUser user = Optional.ofNullable(users.getUserByName(usernameOrKey))
                .orElseGet(() -> users.getUserByKey(usernameOrKey));
        return Optional.ofNullable(user).filter(ApplicationUser::isActive).map(ApplicationUser::getKey);
    }

    @Override
    public Optional<String> displayName(String userKey) {
        return Optional.ofNullable(users.getUserByKey(userKey)).map(ApplicationUser::getDisplayName);
    }
}
