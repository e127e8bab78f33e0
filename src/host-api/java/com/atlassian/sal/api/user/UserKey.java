// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserKey.html
package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

public final class UserKey implements Serializable {
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && Objects.equals(userkey, other.userkey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userkey);
    }

    @Override
    public String toString() {
        return userkey;
    }
}
