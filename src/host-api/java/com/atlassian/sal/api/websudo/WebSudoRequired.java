// Published at: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/websudo/WebSudoRequired.html
// Source: Atlassian's "Adding WebSudo support to your plugin" (REST 2.2 and later: the SAL annotation
// com.atlassian.sal.api.websudo.WebSudoRequired on a REST resource class or method makes the REST module demand a
// secure administrator session).
package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface WebSudoRequired {
}
