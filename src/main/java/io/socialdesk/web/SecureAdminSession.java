package io.socialdesk.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Jira's secure administrator session (WebSudo: the admin confirmed their password a few minutes ago), checked by
 * every admin REST method itself through SAL's {@link WebSudoManager}. The resources also carry
 * {@code @WebSudoRequired}, but whether REST v2 honours SAL's annotation is not documented: an admin endpoint that
 * reads secrets' state, erases customers or rotates webhook secrets must not depend on it.
 */
@Component
public class SecureAdminSession {
    private final WebSudoManager webSudo;

    @Inject
    public SecureAdminSession(@ComponentImport WebSudoManager webSudo) {
        this.webSudo = webSudo;
    }

    /** Runs {@code action} in a secure administrator session; otherwise answers 401 and runs nothing. */
    public Response guard(HttpServletRequest request, Supplier<Response> action) {
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            return ApiError.secureSessionNeeded().response();
        }
        return action.get();
    }

    /** {@link #guard} for a method that answers JSON text. */
    public Response guardJson(HttpServletRequest request, Supplier<String> json) {
        return guard(request, () -> Response.ok(json.get(), MediaType.APPLICATION_JSON_TYPE).build());
    }
}
