// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
// ("LicensedOnly permits resource access only to users assigned a product license"; servlets read the
// com.atlassian.annotations.security annotations, as Bamboo 12's test servlet ServletWithLicensedOnly shows:
// https://docs.atlassian.com/atlassian-bamboo/12.1.6/com/atlassian/bamboo/plugins/dummy/servlet/ServletWithLicensedOnly.html);
// shape as its sibling AdminOnly here: @Target({TYPE, METHOD, PACKAGE}) @Retention(RUNTIME).
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LicensedOnly {
}
