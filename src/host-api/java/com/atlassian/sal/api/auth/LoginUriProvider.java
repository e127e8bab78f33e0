// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/auth/LoginUriProvider.html
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
