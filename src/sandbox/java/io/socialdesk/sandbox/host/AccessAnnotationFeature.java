package io.socialdesk.sandbox.host;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;

/**
 * Enforces REST v2 access annotations the way Jira does: method over class, unannotated means licensed only,
 * 401 without a user and 403 with the wrong one; and Atlassian REST's XSRF check on form-like bodies.
 */
public final class AccessAnnotationFeature implements DynamicFeature {
    private final SandboxUsers users;

    public AccessAnnotationFeature(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (!annotated(method, type, XsrfProtectionExcluded.class)) {
            context.register((ContainerRequestFilter) AccessAnnotationFeature::xsrfCheck);
        }
        if (annotated(method, type, UnrestrictedAccess.class)) {
            return;
        }
        boolean adminOnly = annotated(method, type, AdminOnly.class) || annotated(method, type, SystemAdminOnly.class);
        boolean webSudo = annotated(method, type, WebSudoRequired.class);
        context.register((ContainerRequestFilter) request -> {
            UserKey user = users.getRemoteUserKey();
            if (user == null) {
                request.abortWith(error(Response.Status.UNAUTHORIZED, "Log in first."));
            } else if (adminOnly ? !users.isAdmin(user) : !users.isLicensed(user)) {
                request.abortWith(error(Response.Status.FORBIDDEN, "You may not use this resource."));
            } else if (webSudo && SandboxWebSudo.isAnnotationHonoured() && !SandboxWebSudo.isConfirmed()) {
                request.abortWith(error(Response.Status.UNAUTHORIZED, "A secure administrator session is needed."));
            }
        });
    }

    /**
     * Atlassian REST's XSRF check (atlassian-rest-common {@code XsrfResourceFilter}, as decompiled in public code): a
     * POST whose body a plain HTML form could send (no content type, form-encoded, multipart, text/plain) is refused
     * unless it carries {@code X-Atlassian-Token: no-check}; a POST from a browser is refused unless its Origin or
     * Referer is this site. PUT and DELETE failures are only logged there, so they pass here too.
     */
    private static void xsrfCheck(jakarta.ws.rs.container.ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String userAgent = request.getHeaderString("User-Agent");
        boolean browser = userAgent != null && userAgent.contains("Mozilla/");
        if (browser && !sameOrigin(request.getHeaderString("Origin"), request)
                && !sameOrigin(request.getHeaderString("Referer"), request)) {
            request.abortWith(error(Response.Status.FORBIDDEN, "XSRF check failed"));
            return;
        }
        MediaType type = request.getMediaType();
        boolean formLike = type == null || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
        if (formLike && !"no-check".equals(request.getHeaderString("X-Atlassian-Token"))) {
            request.abortWith(error(Response.Status.FORBIDDEN, "XSRF check failed"));
        }
    }

    private static boolean sameOrigin(String url, jakarta.ws.rs.container.ContainerRequestContext request) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            java.net.URI given = java.net.URI.create(url);
            java.net.URI self = request.getUriInfo().getRequestUri();
            return self.getScheme().equalsIgnoreCase(given.getScheme())
                    && self.getHost().equalsIgnoreCase(given.getHost()) && port(self) == port(given);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(java.net.URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean annotated(Method method, Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
        return method.isAnnotationPresent(a) || type.isAnnotationPresent(a);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity("{\"error\":\"" + message + "\"}").build();
    }
}
