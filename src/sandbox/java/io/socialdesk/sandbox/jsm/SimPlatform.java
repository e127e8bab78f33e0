package io.socialdesk.sandbox.jsm;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** The platform services around Jira: the plugin event bus (recording what is published) and SAL's application properties. */
final class SimPlatform {
    private SimPlatform() {
    }

    /**
     * The event bus: records what is published, and hands events to the {@code @EventListener} methods of registered
     * listeners whose one parameter takes them, as atlassian-event does (a listener's failure is logged, never thrown
     * back at the publisher).
     */
    static final class Events implements EventPublisher {
        private final List<Object> published = new CopyOnWriteArrayList<>();
        private final List<Object> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void publish(Object event) {
            published.add(event);
            dispatch(event);
        }

        @Override
        public void register(Object listener) {
            if (!listeners.contains(listener)) {
                listeners.add(listener);
            }
        }

        @Override
        public void unregister(Object listener) {
            listeners.remove(listener);
        }

        @Override
        public void unregisterAll() {
            listeners.clear();
        }

        void dispatch(Object event) {
            for (Object listener : listeners) {
                for (java.lang.reflect.Method method : listener.getClass().getMethods()) {
                    if (method.isAnnotationPresent(com.atlassian.event.api.EventListener.class)
                            && method.getParameterCount() == 1
                            && method.getParameterTypes()[0].isInstance(event)) {
                        try {
                            method.invoke(listener, event);
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            System.err.println("[sandbox] event listener " + method + " failed: " + e);
                        }
                    }
                }
            }
        }

        List<Object> published() {
            return List.copyOf(published);
        }
    }

    /** One Jira node: its base URL and home; a cluster's nodes share the shared home. */
    record Application(Supplier<String> baseUrl, Path sharedHome) implements ApplicationProperties {
        @Override
        public String getBaseUrl(UrlMode urlMode) {
            return urlMode == UrlMode.RELATIVE ? "" : baseUrl.get();
        }

        @Override
        public Optional<Path> getLocalHomeDirectory() {
            return Optional.of(sharedHome.resolve("local"));
        }

        @Override
        public Optional<Path> getSharedHomeDirectory() {
            return Optional.of(sharedHome);
        }
    }

    /** Jira's audit log: what apps audited, in order, for tests to read. */
    static final class Audit implements AuditService {
        private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void audit(AuditEvent event) {
            events.add(event);
        }

        List<AuditEvent> events() {
            return List.copyOf(events);
        }
    }
}
