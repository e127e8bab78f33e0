// Source: https://docs.atlassian.com/atlassian-annotations/latest/com/atlassian/annotations/security/XsrfProtectionExcluded.html
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface XsrfProtectionExcluded {
}
