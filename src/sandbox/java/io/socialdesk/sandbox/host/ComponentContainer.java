package io.socialdesk.sandbox.host;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Jira's Spring context does for the plugin, in miniature: host services are registered by type, then every
 * class in the plugin's own {@code META-INF/plugin-components/component} index is built through its constructor, as
 * are REST resources and servlets on demand. A component missing from the index fails here as it would in Jira.
 */
public final class ComponentContainer {
    private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

    public <T> ComponentContainer register(Class<T> type, T instance) {
        byType.put(type, instance);
        return this;
    }

    /** Builds every component of the plugin's index, its {@code jira} host adapters included, on the host services. */
    public ComponentContainer startIndexedComponents() {
        List<Class<?>> pending = new ArrayList<>();
        for (String line : readIndex("META-INF/plugin-components/component")) {
            pending.add(load(line.split("#")[0]));
        }
        // build in dependency order: keep going while each pass makes progress
        while (!pending.isEmpty()) {
            int before = pending.size();
            pending.removeIf(type -> {
                if (!satisfiable(type)) {
                    return false;
                }
                Object component = create(type);
                byType.put(type, component);
                return true;
            });
            if (pending.size() == before) {
                throw new IllegalStateException("unsatisfiable plugin components: " + pending);
            }
        }
        return this;
    }

    /**
     * What SAL does once Jira is up: {@code onStart()} of every component the plugin exports as LifecycleAware (the
     * exports index), which registers SocialDesk's event types and schedules its job.
     */
    public ComponentContainer startLifecycle() {
        for (String line : readIndex("META-INF/plugin-components/exports")) {
            String[] parts = line.split("#");
            if (parts.length > 1 && parts[1].contains(LifecycleAware.class.getName())) {
                ((LifecycleAware) get(load(parts[0]))).onStart();
            }
        }
        return this;
    }

    /**
     * What disabling the plugin does: SAL's {@code onStop()} of every LifecycleAware export, then Spring's
     * {@code destroy()} of every component that is a DisposableBean, the last built first. A component failing to
     * stop is reported after the others were stopped.
     */
    public void stop() {
        List<RuntimeException> failures = new ArrayList<>();
        for (String line : readIndex("META-INF/plugin-components/exports")) {
            String[] parts = line.split("#");
            if (parts.length > 1 && parts[1].contains(LifecycleAware.class.getName())) {
                try {
                    ((LifecycleAware) get(load(parts[0]))).onStop();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        List<Object> built = new ArrayList<>(byType.values());
        java.util.Collections.reverse(built);
        for (Object component : built) {
            if (component instanceof org.springframework.beans.factory.DisposableBean disposable) {
                try {
                    disposable.destroy();
                } catch (Exception e) {
                    failures.add(new IllegalStateException("stopping " + component.getClass().getName(), e));
                }
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException failed = new IllegalStateException("components failed to stop");
            failures.forEach(failed::addSuppressed);
            throw failed;
        }
    }

    /** Every registered host service and built component, for binding into Jersey. */
    public Map<Class<?>, Object> entries() {
        return Map.copyOf(byType);
    }

    public <T> T get(Class<T> type) {
        for (Map.Entry<Class<?>, Object> entry : byType.entrySet()) {
            if (type.isAssignableFrom(entry.getKey())) {
                return type.cast(entry.getValue());
            }
        }
        throw new IllegalStateException("no component of type " + type.getName());
    }

    public <T> T create(Class<T> type) {
        Constructor<?> constructor = constructor(type);
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = get(constructor.getParameterTypes()[i]);
        }
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructing " + type.getName(), e.getCause());
        }
    }

    private boolean satisfiable(Class<?> type) {
        for (Class<?> parameter : constructor(type).getParameterTypes()) {
            if (byType.keySet().stream().noneMatch(parameter::isAssignableFrom)) {
                return false;
            }
        }
        return true;
    }

    private static Constructor<?> constructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor");
        }
        return constructors[0];
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("indexed component not found: " + name, e);
        }
    }

    static List<String> readIndex(String resource) {
        try (InputStream in = ComponentContainer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
