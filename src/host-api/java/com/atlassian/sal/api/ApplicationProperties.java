// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html
package com.atlassian.sal.api;

import java.nio.file.Path;
import java.util.Optional;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    Optional<Path> getLocalHomeDirectory();

    Optional<Path> getSharedHomeDirectory();
}
