package io.socialdesk.sandbox.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Jira's secure administrator sessions in the sandbox. The acting user counts as having confirmed their password a
 * moment ago, unless the cookie {@code sandbox-websudo=off} says the secure session ran out: then admin pages send
 * them to {@code /sandbox/websudo} (Jira's "confirm your password" page) and admin REST answers 401.
 */
public final class SandboxWebSudo implements WebSudoManager {
    private static final ThreadLocal<Boolean> CONFIRMED = ThreadLocal.withInitial(() -> true);
    /**
     * Whether the REST layer enforces {@code @WebSudoRequired} itself. Off (cookie {@code sandbox-rest-websudo=ignored})
     * plays a Jira whose REST v2 ignores SAL's annotation, so tests see that the resources enforce it themselves.
     */
    private static final ThreadLocal<Boolean> ANNOTATION_HONOURED = ThreadLocal.withInitial(() -> true);

    public static void annotationHonoured(boolean honoured) {
        ANNOTATION_HONOURED.set(honoured);
    }

    public static boolean isAnnotationHonoured() {
        return ANNOTATION_HONOURED.get();
    }

    public static void confirmed(boolean confirmed) {
        CONFIRMED.set(confirmed);
    }

    public static void clear() {
        CONFIRMED.remove();
        ANNOTATION_HONOURED.remove();
    }

    public static boolean isConfirmed() {
        return CONFIRMED.get();
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        return CONFIRMED.get();
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect("/sandbox/websudo?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!CONFIRMED.get()) {
            throw new WebSudoSessionException("secure administrator session required");
        }
    }
}
