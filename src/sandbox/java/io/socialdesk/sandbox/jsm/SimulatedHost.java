package io.socialdesk.sandbox.jsm;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.event.issue.IssueEventBundleFactory;
import com.atlassian.jira.event.issue.IssueEventManager;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.executor.ThreadLocalDelegateExecutorFactory;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.host.ComponentContainer;
import io.socialdesk.sandbox.host.DatabaseClusterLocks;
import io.socialdesk.sandbox.host.SimulatedScheduler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One node of a simulated Jira Data Center with JSM: the host services SocialDesk's {@code jira} adapters call, each
 * registered under its Atlassian type as Jira's container offers it, on the shared {@link SimulatedJsm} state and the
 * node's own database connection, cluster locks and scheduler. JSM's services and the issue event bundle factory are
 * offered through {@link ComponentAccessor}, as in Jira, where SocialDesk looks them up.
 */
public final class SimulatedHost {
    private final SimulatedJsm jsm;
    private final DatabaseClusterLocks locks;
    private final SimulatedScheduler scheduler;
    private final SimPlatform.Events events = new SimPlatform.Events();
    private final SimPlatform.Audit audit = new SimPlatform.Audit();
    private final Worker worker;
    private final Map<Class<?>, Object> services;
    private final HostCalls calls = new HostCalls();

    private SimulatedHost(SimulatedJsm jsm, EntityManagerActiveObjects ao, Path sharedHome, Clock clock,
                          Supplier<String> baseUrl) {
        this.jsm = jsm;
        String user = ao.jdbcUrl().startsWith("jdbc:postgresql") ? "postgres" : "sa";
        this.locks = new DatabaseClusterLocks(ao.jdbcUrl(), user, "");
        this.scheduler = new SimulatedScheduler(ao.jdbcUrl(), user, "", clock);
        SimIssues issues = new SimIssues(jsm);
        SimPermissions permissions = new SimPermissions(jsm);
        SimUsers users = new SimUsers(jsm);
        SimWorkflow workflow = new SimWorkflow(jsm, issues, permissions);
        SimProperties properties = new SimProperties(jsm, issues, permissions);
        SimEvents eventTypes = new SimEvents(jsm);
        SimLinks links = new SimLinks(jsm);
        SimServiceDesks desks = new SimServiceDesks(jsm);
        SimAttachments attachments = new SimAttachments(jsm);
        this.worker = new Worker(counted(Map.of(IssueEventBundleFactory.class, eventTypes)), counted(Map.of(
                ServiceDeskManager.class, desks, ServiceDeskService.class, desks, RequestTypeService.class, desks,
                ServiceDeskCustomerRequestService.class, new SimCustomerRequests(jsm, issues),
                com.atlassian.servicedesk.api.sla.info.SlaInformationService.class, new SimSla(jsm))));
        jsm.onComment((request, comment) -> {
            com.atlassian.jira.issue.Issue issue = issues.issue(request);
            java.util.Optional<com.atlassian.jira.user.ApplicationUser> author = SimUsers.of(jsm, comment.authorKey());
            java.util.Date at = java.util.Date.from(comment.created());
            events.dispatch(new SimSla.CommentEvent(author.orElse(null), issue, new SimSla.Comment(
                    new SimComments.SimComment(comment.id(), comment.body(), at, author.orElse(null), issue),
                    !comment.internal()), at));
        });
        this.services = counted(Map.ofEntries(
                Map.entry(ActiveObjects.class, ao),
                Map.entry(IssueManager.class, issues),
                Map.entry(PermissionManager.class, permissions),
                Map.entry(com.atlassian.jira.user.util.UserManager.class, users),
                Map.entry(UserSearchService.class, users),
                Map.entry(CommentService.class, new SimComments(jsm, permissions)),
                Map.entry(IssueService.class, workflow),
                Map.entry(IssueWorkflowManager.class, workflow),
                Map.entry(IssuePropertyService.class, properties),
                Map.entry(JsonEntityPropertyManager.class, properties),
                Map.entry(EventTypeManager.class, eventTypes),
                Map.entry(IssueEventManager.class, eventTypes),
                Map.entry(IssueLinkManager.class, links),
                Map.entry(IssueLinkTypeManager.class, links),
                Map.entry(com.atlassian.jira.issue.AttachmentManager.class, attachments),
                Map.entry(com.atlassian.jira.project.ProjectManager.class,
                        (com.atlassian.jira.project.ProjectManager) key -> jsm.serviceDesk().projectKey().equals(key)
                                ? new SimIssues.SimProject(jsm.serviceDesk().projectId(), key,
                                jsm.serviceDesk().name()) : null),
                Map.entry(com.atlassian.jira.config.properties.ApplicationProperties.class, attachments),
                Map.entry(EventPublisher.class, events),
                Map.entry(ApplicationProperties.class, new SimPlatform.Application(baseUrl, sharedHome)),
                Map.entry(ClusterLockService.class, locks),
                Map.entry(SchedulerService.class, scheduler),
                Map.entry(AuditService.class, audit),
                // SAL's secure administrator sessions, as the sandbox's web layer plays them (a cookie)
                Map.entry(com.atlassian.sal.api.websudo.WebSudoManager.class,
                        new io.socialdesk.sandbox.host.SandboxWebSudo()),
                // the simulated Jira keeps no per-thread context (user, request) for a worker thread to inherit
                Map.entry(ThreadLocalDelegateExecutorFactory.class,
                        (ThreadLocalDelegateExecutorFactory) delegate -> delegate)));
    }

    /** Jira's services counted as SocialDesk calls them; its own database (Active Objects) is not Jira's. */
    private Map<Class<?>, Object> counted(Map<Class<?>, Object> plain) {
        Map<Class<?>, Object> counted = new java.util.HashMap<>();
        plain.forEach((type, service) -> counted.put(type,
                type == ActiveObjects.class ? service : calls.counting(type, service)));
        return Map.copyOf(counted);
    }

    /** A node on {@code ao}'s database; nodes built on the same {@code jsm} and database form one cluster. */
    public static SimulatedHost node(SimulatedJsm jsm, EntityManagerActiveObjects ao, Path sharedHome, Clock clock,
                                     Supplier<String> baseUrl) {
        return new SimulatedHost(jsm, ao, sharedHome, clock, baseUrl);
    }

    /** Registers the host services under their Atlassian types and makes this node ComponentAccessor's worker. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ComponentContainer registerInto(ComponentContainer container) {
        services.forEach((type, service) -> container.register((Class) type, service));
        container.register(SimulatedJsm.class, jsm);
        ComponentAccessor.initialiseWorker(worker);
        return container;
    }

    /** The calls the plugin made into this node's Jira services. */
    public HostCalls calls() {
        return calls;
    }

    public SimulatedScheduler scheduler() {
        return scheduler;
    }

    /** What was published on the plugin event bus, oldest first. */
    public List<Object> publishedEvents() {
        return events.published();
    }

    /** Jira's audit log as apps wrote it, oldest first. */
    public List<AuditEvent> auditLog() {
        return audit.events();
    }

    /** Disables or enables the JSM plugin: its services disappear from ComponentAccessor, as in Jira. */
    public void jsmEnabled(boolean enabled) {
        worker.jsmEnabled = enabled;
    }

    public void close() throws InterruptedException {
        scheduler.stop();
        locks.close();
    }

    private static final class Worker implements ComponentAccessor.Worker {
        private final Map<Class<?>, Object> components;
        private final Map<Class<?>, Object> jsmServices;
        private volatile boolean jsmEnabled = true;

        Worker(Map<Class<?>, Object> components, Map<Class<?>, Object> jsmServices) {
            this.components = components;
            this.jsmServices = jsmServices;
        }

        @Override
        public <T> T getComponent(Class<T> type) {
            return type.cast(components.get(type));
        }

        @Override
        public <T> T getComponentOfType(Class<T> type) {
            return getComponent(type);
        }

        @Override
        public <T> T getOSGiComponentInstanceOfType(Class<T> type) {
            return jsmEnabled ? type.cast(jsmServices.get(type)) : null;
        }
    }
}
