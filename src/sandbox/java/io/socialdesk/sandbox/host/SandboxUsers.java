package io.socialdesk.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.util.Optional;

/**
 * SAL's user manager over the simulated JSM. The sandbox has no passwords: the current user is whoever the request
 * says (cookie {@code sandbox-user}, default alice, an admin agent); "anonymous" means nobody is logged in.
 */
public final class SandboxUsers implements UserManager {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private final SimulatedJsm jsm;

    public SandboxUsers(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    public static void actAs(String userKey) {
        CURRENT.set(userKey);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public Optional<SimulatedJsm.User> current() {
        return Optional.ofNullable(CURRENT.get()).flatMap(jsm::user);
    }

    @Override
    public UserProfile getRemoteUser() {
        return current().map(SandboxUsers::profile).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return current().map(u -> new UserKey(u.key())).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : jsm.user(userKey.getStringValue()).map(SandboxUsers::profile).orElse(null);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && jsm.user(userKey.getStringValue()).map(SimulatedJsm.User::admin).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    public boolean isLicensed(UserKey userKey) {
        return userKey != null && jsm.user(userKey.getStringValue()).map(SimulatedJsm.User::agent).orElse(false);
    }

    private static UserProfile profile(SimulatedJsm.User user) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey(user.key());
            }

            @Override
            public String getUsername() {
                return user.key();
            }

            @Override
            public String getFullName() {
                return user.displayName();
            }

            @Override
            public String getEmail() {
                return user.email();
            }
        };
    }
}
