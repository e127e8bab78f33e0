// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
// ("UnrestrictedAccess permits complete unrestricted access"); imported from this package by the Jira 11 Slack app's
// servlet filter RequestCachingServletFilter (atlassian-labs/atlassian-slack-integration-server @ 94c50dc).
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnrestrictedAccess {
}
