package io.socialdesk.sandbox.jsm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Counts the calls SocialDesk makes into the simulated Jira, per host method, so benchmarks and tests can say how
 * many Jira lookups and writes a routed post costs. A write changes Jira (creates, sets, transitions, links, fires,
 * publishes); a validation is the first half of a write in Jira's validate-then-act services; a builder only makes a
 * parameter object (an event bundle included); a lock is cluster coordination. Everything else (issues, users, properties, service desks, event
 * types, permission checks read) is a lookup.
 */
public final class HostCalls {
    /** What a call does, from its method's name. */
    public enum Kind { LOOKUP, WRITE, VALIDATION, BUILDER, LOCK }

    private static final Pattern WRITES = Pattern.compile(
            "(create|set|transition|fire|publish|add|delete|remove|update|store|register|dispatch|schedule).*");

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    /** {@code service} behind a proxy of {@code type} that counts each call before passing it on. */
    <T> T counting(Class<T> type, Object service) {
        if (!type.isInterface()) {
            return type.cast(service);
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                calls.computeIfAbsent(type.getSimpleName() + "." + method.getName(), name -> new LongAdder())
                        .increment();
            }
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    public long lookups() {
        return total(Kind.LOOKUP);
    }

    public long writes() {
        return total(Kind.WRITE);
    }

    static Kind kind(String method) {
        if (method.startsWith("validate")) {
            return Kind.VALIDATION;
        }
        if (method.startsWith("new") || method.endsWith("EventBundle")) {
            return Kind.BUILDER;
        }
        if (method.equals("getLockForName")) {
            return Kind.LOCK;
        }
        return WRITES.matcher(method).matches() ? Kind.WRITE : Kind.LOOKUP;
    }

    /** Calls per host method, by name, for a report. */
    public Map<String, Long> byMethod() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    public void reset() {
        calls.clear();
    }

    private long total(Kind kind) {
        return calls.entrySet().stream()
                .filter(e -> kind(e.getKey().substring(e.getKey().indexOf('.') + 1)) == kind)
                .mapToLong(e -> e.getValue().sum()).sum();
    }
}
