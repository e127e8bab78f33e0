package io.socialdesk.sandbox;

import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.host.ComponentContainer;
import io.socialdesk.sandbox.jsm.SimulatedHost;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * SocialDesk as it runs on one Jira node: every component of the plugin's Spring Scanner index, its {@code jira} host
 * adapters included, built on a node of the simulated Jira, then started the way SAL starts LifecycleAware services.
 * Nodes made on one {@link SimulatedJsm} and one database form a cluster. The sandbox server adds the web layer.
 */
public final class PluginNode implements AutoCloseable {
    private final SimulatedHost host;
    private final ComponentContainer components;

    private PluginNode(SimulatedHost host, ComponentContainer components) {
        this.host = host;
        this.components = components;
    }

    /** {@code hostExtras} registers what the web layer adds (SAL's current user, i18n, web resources). */
    public static PluginNode start(SimulatedJsm jsm, EntityManagerActiveObjects ao, Path sharedHome, Clock clock,
                                   Supplier<String> baseUrl, Consumer<ComponentContainer> hostExtras) {
        SimulatedHost host = SimulatedHost.node(jsm, ao, sharedHome, clock, baseUrl);
        ComponentContainer components = host.registerInto(new ComponentContainer().register(Clock.class, clock));
        hostExtras.accept(components);
        components.startIndexedComponents().startLifecycle();
        return new PluginNode(host, components);
    }

    /** A node without a web layer, for tests that drive the components directly. */
    public static PluginNode start(SimulatedJsm jsm, EntityManagerActiveObjects ao, Path sharedHome, Clock clock) {
        return start(jsm, ao, sharedHome, clock, jsm::baseUrl, extras -> { });
    }

    public <T> T get(Class<T> type) {
        return components.get(type);
    }

    public ComponentContainer components() {
        return components;
    }

    public SimulatedHost host() {
        return host;
    }

    /** Disables the plugin on this node (its components stopped as Jira stops them), then stops the node. */
    @Override
    public void close() throws InterruptedException {
        try {
            components.stop();
        } finally {
            host.close();
        }
    }
}
