package io.socialdesk.testing;

import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.socialdesk.sandbox.host.PluginDescriptor;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every REST resource method of the plugin's REST packages, read from the compiled classes. */
public final class RestEndpoints {
    /**
     * {@code path}: relative to {@code /rest/socialdesk/1.0}, path parameters as {@code {name}};
     * {@code access}: the simple names of its REST v2 access annotations (class and method); {@code webSudo}: whether
     * it demands a secure administrator session.
     */
    public record Endpoint(String verb, String path, TreeSet<String> access, boolean webSudo) {
        public String key() {
            return verb + " " + path;
        }
    }

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE");
    private static final String ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";

    private RestEndpoints() {
    }

    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PluginDescriptor.load().restPackages());
        for (var resource : classes) {
            Class<?> type = resource.reflect();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                String verb = VERBS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = ("/" + base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                        .replaceAll("\\{\\s*([^:}\\s]+)\\s*(:[^}]*)?}", "{$1}").replaceAll("(.)/$", "$1");
                TreeSet<String> access = new TreeSet<>();
                Stream.of(type, method).map(AnnotatedElement::getAnnotations).flatMap(Stream::of)
                        .map(Annotation::annotationType)
                        .filter(a -> a.getPackageName().equals(ACCESS_PACKAGE))
                        .forEach(a -> access.add(a.getSimpleName()));
                endpoints.add(new Endpoint(verb, path, access, type.isAnnotationPresent(WebSudoRequired.class)
                        || method.isAnnotationPresent(WebSudoRequired.class)));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::verb));
        return endpoints;
    }
}
