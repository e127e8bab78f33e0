// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
// ("AdminOnly permits resource access only to users with assigned admin privileges"; servlets and filters are secure
// by default and read the com.atlassian.annotations.security annotations, as Bamboo 10's
// BambooSecureServletAccessFilter documents: https://docs.atlassian.com/atlassian-bamboo/10.0.1/com/atlassian/bamboo/
// filter/BambooSecureServletAccessFilter.html); shape as the REST v2 twin and Confluence 8.7.2's SystemAdminOnly:
// @Target({TYPE, METHOD, PACKAGE}) @Retention(RUNTIME). The Jira 11 Slack app uses the sibling
// com.atlassian.annotations.security.UnrestrictedAccess on a servlet filter (RequestCachingServletFilter).
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AdminOnly {
}
