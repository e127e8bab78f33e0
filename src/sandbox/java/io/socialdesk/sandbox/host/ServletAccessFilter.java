package io.socialdesk.sandbox.host;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Platform 7+'s secure-by-default rule for one plugin servlet: without an annotation from
 * {@code com.atlassian.annotations.security} only licensed users get in; {@code @AdminOnly} lets admins in, licensed
 * or not. Anonymous users are sent to log in, signed-in users without access get 403 (as Jira answers).
 */
public final class ServletAccessFilter implements Filter {
    private final Class<?> servlet;
    private final SandboxUsers users;

    public ServletAccessFilter(Class<?> servlet, SandboxUsers users) {
        this.servlet = servlet;
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (annotated(com.atlassian.annotations.security.UnrestrictedAccess.class)) {
            chain.doFilter(request, response);
            return;
        }
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            String target = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
            ((HttpServletResponse) response).sendRedirect("/sandbox/login?user=alice&return="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
            return;
        }
        boolean allowed = annotated(AdminOnly.class) ? users.isAdmin(user) : users.isLicensed(user);
        if (!allowed) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean annotated(Class<? extends Annotation> annotation) {
        return servlet.isAnnotationPresent(annotation);
    }
}
