package io.socialdesk.sandbox.host;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;

/**
 * Enforces REST v2 access annotations the way Jira does: method over class, unannotated means licensed only,
 * 401 without a user and 403 with the wrong one.
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
        if (annotated(method, type, UnrestrictedAccess.class)) {
            return;
        }
        boolean adminOnly = annotated(method, type, AdminOnly.class) || annotated(method, type, SystemAdminOnly.class);
        context.register((ContainerRequestFilter) request -> {
            UserKey user = users.getRemoteUserKey();
            if (user == null) {
                request.abortWith(error(Response.Status.UNAUTHORIZED, "Log in first."));
            } else if (adminOnly ? !users.isAdmin(user) : !users.isLicensed(user)) {
                request.abortWith(error(Response.Status.FORBIDDEN, "You may not use this resource."));
            }
        });
    }

    private static boolean annotated(Method method, Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
        return method.isAnnotationPresent(a) || type.isAnnotationPresent(a);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity("{\"error\":\"" + message + "\"}").build();
    }
}
