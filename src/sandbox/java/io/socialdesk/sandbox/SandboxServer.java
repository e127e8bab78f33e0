package io.socialdesk.sandbox;

import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.sandbox.ao.AoUpgrades;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.host.DueAccounts;
import io.socialdesk.sandbox.host.AccessAnnotationFeature;
import io.socialdesk.sandbox.host.ComponentContainer;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.host.SandboxI18n;
import io.socialdesk.sandbox.host.SandboxWebSudo;
import io.socialdesk.sandbox.host.SandboxPageBuilder;
import io.socialdesk.sandbox.host.SandboxUsers;
import io.socialdesk.sandbox.host.ServletAccessFilter;
import io.socialdesk.sandbox.jsm.SimulatedHost;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.sandbox.web.ClasspathResources;
import io.socialdesk.sandbox.web.SandboxDecorator;
import io.socialdesk.sandbox.web.SandboxPages;
import io.socialdesk.sandbox.web.SidePanels;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import net.java.ao.RawEntity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The plugin's real classes on a simulated JSM in one JVM: Active Objects on HSQLDB, the components from the
 * plugin's Spring Scanner index, its REST packages and servlets as the descriptor declares them. Used by
 * {@link SandboxMain} and by browser and end-to-end tests (port 0 picks a free port).
 */
public final class SandboxServer implements AutoCloseable {
    private final Server jetty;
    private final SimulatedJsm jsm;
    private final SimulatedHost host;
    private final ComponentContainer components;
    private final EntityManagerActiveObjects ao;

    private SandboxServer(Server jetty, SimulatedJsm jsm, SimulatedHost host, ComponentContainer components,
                          EntityManagerActiveObjects ao) {
        this.jetty = jetty;
        this.jsm = jsm;
        this.host = host;
        this.components = components;
        this.ao = ao;
    }

    /** Starts on {@code port} (0 = any free port) with its database under {@code home}; every start is fresh. */
    public static SandboxServer start(int port, Path home, Clock clock) throws Exception {
        deleteRecursively(home.resolve("db")); // fresh every start: AO's destructive migration keeps rows
        return start(port, home, clock, EntityManagerActiveObjects.connect(
                "jdbc:hsqldb:file:" + home.resolve("db/socialdesk").toAbsolutePath()
                        + ";hsqldb.write_delay=false;hsqldb.tx=mvcc", "sa", "", "io.socialdesk"));
    }

    /** On a database the caller connected (tests run it on PostgreSQL too); its tables are created afresh. */
    public static SandboxServer start(int port, Path home, Clock clock, EntityManagerActiveObjects ao)
            throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.load();
        ao.migrateDestructively(descriptor.aoEntityClasses());
        AoUpgrades.run(descriptor.aoUpgradeTasks(), ModelVersion.valueOf(null), ao);

        SimulatedJsm jsm = new SimulatedJsm(clock);
        SandboxUsers users = new SandboxUsers(jsm);
        PluginNode node = PluginNode.start(jsm, ao, home.resolve("shared"), clock, jsm::baseUrl,
                web -> web.register(UserManager.class, users)
                        .register(I18nResolver.class, new SandboxI18n())
                        .register(PageBuilderService.class, new SandboxPageBuilder())
                        .register(LoginUriProvider.class, returnUri ->
                                URI.create("/sandbox/login?user=alice&return=" + returnUri)));
        SimulatedHost host = node.host();
        ComponentContainer components = node.components();

        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(actingUser()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(restApplication(descriptor, components, users))),
                "/rest/socialdesk/1.0/*");
        for (PluginDescriptor.ServletModule servlet : descriptor.servlets()) {
            Class<?> type = Class.forName(servlet.className());
            HttpServlet instance = (HttpServlet) components.create(type);
            context.addServlet(new ServletHolder(instance), "/plugins/servlet" + servlet.urlPattern());
            context.addFilter(new FilterHolder(new ServletAccessFilter(type, users)),
                    "/plugins/servlet" + servlet.urlPattern(), EnumSet.of(DispatcherType.REQUEST));
        }
        context.addFilter(new FilterHolder(new SandboxDecorator(descriptor.webResourceContexts())),
                "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ClasspathResources("")), "/sandbox/resources/*");
        context.addServlet(new ServletHolder(new io.socialdesk.sandbox.web.SandboxDashboard(
                descriptor.dashboardItems(), descriptor.webResourceContexts())), "/secure/Dashboard.jspa");
        // Jira serves a plugin's plugin-level download resources (its images/) here
        context.addServlet(new ServletHolder(new ClasspathResources("")),
                "/download/resources/io.socialdesk.jsm-socialdesk/*");
        context.addServlet(new ServletHolder(new ClasspathResources("sandbox-static")), "/sandbox/static/*");
        // Atlassian's UI library, as Jira loads it on every page (fetched by the build, see pom.xml)
        context.addServlet(new ServletHolder(new ClasspathResources("sandbox-aui/dist/aui")), "/sandbox/aui/*");
        context.addServlet(new ServletHolder(new SandboxPages(jsm, new SidePanels(descriptor, components),
                descriptor.webResourceContexts())), "/");

        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(context);
        jetty.start();
        jsm.baseUrl("http://localhost:" + connector.getLocalPort() + "/");
        return new SandboxServer(jetty, jsm, host, components, ao);
    }

    public URI baseUrl() {
        int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        return URI.create("http://localhost:" + port + "/");
    }

    /**
     * Starts the simulated scheduler, which runs the job SocialDesk scheduled at startup (its real PollJob, once per
     * cluster) every {@code every} instead of every 15 s, so a newcomer sees posts arrive quickly.
     */
    public void startPolling(Duration every) {
        host.scheduler().start(every);
    }

    /**
     * Makes the account due now if it is healthy, as if its interval had passed: a fake network calls this for its
     * own account after a post, so the newcomer (and a test) sees it within one poll cycle instead of up to the 15 s
     * minimum interval. Backoff and rate-limit resets are kept.
     */
    public void pollNow(long accountId) {
        new DueAccounts(components.get(ChannelAccounts.class), components.get(ClusterLocks.class),
                components.get(Clock.class)).makeDue(accountId);
    }

    public SimulatedJsm jsm() {
        return jsm;
    }

    public ComponentContainer components() {
        return components;
    }

    public SimulatedHost host() {
        return host;
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        try {
            components.stop(); // as disabling the plugin: its threads and connections go with it
        } finally {
            host.close();
        }
        ao.dispose();
        // the file database stays open while the sandbox runs (closing it with the last connection made every
        // lock and AO connection race a reopen); shut it down cleanly once, here
        if (ao.jdbcUrl().startsWith("jdbc:hsqldb:file:")) {
            try (var connection = java.sql.DriverManager.getConnection(ao.jdbcUrl(), "sa", "");
                 var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (!java.nio.file.Files.exists(directory)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }

    private static ResourceConfig restApplication(PluginDescriptor descriptor, ComponentContainer components,
                                                  SandboxUsers users) {
        ResourceConfig config = new ResourceConfig();
        config.packages(false, descriptor.restPackages().toArray(String[]::new));
        config.register(new AccessAnnotationFeature(users));
        config.register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Map.Entry<Class<?>, Object> entry : components.entries().entrySet()) {
                    var binding = bind(entry.getValue()).to((Class) entry.getKey());
                    for (Class<?> type : Arrays.asList(entry.getKey().getInterfaces())) {
                        binding.to((Class) type);
                    }
                }
            }
        });
        return config;
    }

    /** The sandbox has no login: cookie sandbox-user names the acting user (default alice, "anonymous" = nobody). */
    private static Filter actingUser() {
        return (request, response, chain) -> {
            String user = "alice";
            java.util.Locale locale = java.util.Locale.ENGLISH;
            boolean webSudo = true;
            boolean webSudoAnnotation = true;
            Cookie[] cookies = ((HttpServletRequest) request).getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if (cookie.getName().equals("sandbox-user")) {
                        user = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                    } else if (cookie.getName().equals("sandbox-locale")) {
                        locale = java.util.Locale.forLanguageTag(cookie.getValue());
                    } else if (cookie.getName().equals("sandbox-websudo")) {
                        webSudo = !"off".equals(cookie.getValue());
                    } else if (cookie.getName().equals("sandbox-rest-websudo")) {
                        webSudoAnnotation = !"ignored".equals(cookie.getValue());
                    }
                }
            }
            SandboxUsers.actAs(user.equals("anonymous") ? null : user);
            SandboxI18n.useLocale(locale);
            SandboxWebSudo.confirmed(webSudo);
            SandboxWebSudo.annotationHonoured(webSudoAnnotation);
            try {
                chain.doFilter(request, response);
            } finally {
                SandboxUsers.clear();
                SandboxI18n.clear();
                SandboxWebSudo.clear();
            }
        };
    }
}
