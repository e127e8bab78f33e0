package io.socialdesk.sandbox.jsm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a simulated Jira with Jira Service Management: users, one service desk project with its request types,
 * issues with comments, entity properties, links and fired events, and the event types. It plays Jira's database:
 * the host services in this package ({@link SimulatedHost}) read and write it with Jira's documented rules, and the
 * sandbox's pages and tests look at it. All access is synchronized on this object, one call being one transaction.
 */
public final class SimulatedJsm {
    public record ServiceDesk(int id, long projectId, String projectKey, String name) {
    }

    public record RequestType(int id, int serviceDeskId, String name) {
    }

    public record User(String key, String displayName, String email, boolean admin, boolean agent, boolean active) {
        public User(String key, String displayName, String email, boolean admin, boolean agent) {
            this(key, displayName, email, admin, agent, true);
        }
    }

    public record Comment(long id, String authorKey, String body, boolean internal, Instant created,
                          Map<String, String> properties) {
    }

    public record EventTypeRow(long id, String name, String description, long templateId) {
    }

    /** One entity property as Jira stores it: issue properties and comment properties alike. */
    public record PropertyRow(String entityName, long entityId, String key, String value) {
    }

    /**
     * A notification JSM or Jira sent ({@link SimNotifications} has the rules): to {@code recipient} (a user key),
     * {@code kind} "customer" or "internal", for {@code event} (created, commented, resolved, reopened), with the
     * comment it was about.
     */
    public record Notification(String recipient, String kind, String event, String issueKey,
                               Optional<Long> commentId) {
    }

    static final String ISSUE_PROPERTY = "IssueProperty";
    /** JSM's issue property naming the channel a request was raised through. */
    static final String CHANNEL_PROPERTY = "request.channel.type";
    private final List<java.util.function.BiConsumer<Request, Comment>> commentObservers =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    static final String COMMENT_PROPERTY = "CommentProperty";

    /** The issue-level events fired, oldest first, by event type name (Jira's own and SocialDesk's). */
    public static final String ISSUE_CREATED = "Issue Created";
    public static final String ISSUE_COMMENTED = "Issue Commented";
    public static final String GENERIC_EVENT = "Generic Event";
    public static final String WAITING_FOR_SUPPORT = "Waiting for support";
    public static final String RESOLVED = "Resolved";

    /** A file attached to a request, as Jira's attachment store keeps it. */
    public record Attachment(long id, long issueId, String filename, String mimetype, byte[] bytes, String authorKey,
                             Instant created) {
        public long size() {
            return bytes.length;
        }
    }

    public static final class Request {
        /** The Jira it lives in, whose monitor guards it. */
        private final SimulatedJsm lock;
        private final long id;
        private final String key;
        private String summary;
        private String description;
        /** Field edits, oldest first, with the old value: Jira's change history (the History tab). */
        private final List<String> history = new ArrayList<>();
        private final String reporterKey;
        /** Where the request came from, as JSM records it: portal, email, agent (raised in Jira), api. */
        private final String channel;
        /** Customers the reporter or an agent shared the request with: they see it in the portal, as the reporter. */
        private final List<String> participants = new ArrayList<>();
        private final int requestTypeId;
        private final Instant created;
        private final List<Comment> comments = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> links = new ArrayList<>();
        private final List<String> duplicates = new ArrayList<>();
        private final List<String> events = new ArrayList<>();
        /** Agents who raised or commented on it: Jira's autowatch makes them watchers. */
        private final Set<String> watchers = new java.util.LinkedHashSet<>();
        /** Customers who turned this request's notifications off in the portal. */
        private final Set<String> muted = new java.util.HashSet<>();
        private String status = WAITING_FOR_SUPPORT;
        private Instant updated;
        private Instant resolvedAt;

        Request(SimulatedJsm lock, long id, String key, String summary, String description, String reporterKey,
                String channel, int requestTypeId, Instant created) {
            this.lock = lock;
            this.id = id;
            this.key = key;
            this.summary = summary;
            this.description = description;
            this.reporterKey = reporterKey;
            this.channel = channel;
            this.requestTypeId = requestTypeId;
            this.created = created;
            this.updated = created;
        }

        public long id() {
            return id;
        }

        public String key() {
            return key;
        }

        public String summary() {
            synchronized (lock) {
                return summary;
            }
        }

        public String description() {
            synchronized (lock) {
                return description;
            }
        }

        /** Change history entries ("field: old value -> new value"), oldest first. */
        public List<String> history() {
            synchronized (lock) {
                return List.copyOf(history);
            }
        }

        public String reporterKey() {
            return reporterKey;
        }

        public int requestTypeId() {
            return requestTypeId;
        }

        public String channel() {
            return channel;
        }

        public List<String> participants() {
            synchronized (lock) {
                return List.copyOf(participants);
            }
        }

        /** The notifications sent about this request, oldest first. */
        public List<Notification> notifications() {
            synchronized (lock) {
                return lock.notifications.all().stream().filter(n -> n.issueKey().equals(key))
                        .toList();
            }
        }

        Set<String> customers() {
            Set<String> involved = new java.util.LinkedHashSet<>();
            involved.add(reporterKey);
            involved.addAll(participants);
            return involved;
        }

        /** Whether the user reported the request or takes part in it: what a customer sees in the portal. */
        public boolean involves(String userKey) {
            synchronized (lock) {
                return reporterKey.equals(userKey) || participants.contains(userKey);
            }
        }

        public Instant created() {
            return created;
        }

        public Instant updated() {
            synchronized (lock) {
                return updated;
            }
        }

        public String status() {
            synchronized (lock) {
                return status;
            }
        }

        public Optional<Instant> resolvedAt() {
            synchronized (lock) {
                return Optional.ofNullable(resolvedAt);
            }
        }

        public List<Comment> comments() {
            synchronized (lock) {
                return List.copyOf(comments);
            }
        }

        /** Issue entity properties, key to JSON. */
        public Map<String, String> properties() {
            synchronized (lock) {
                return Map.copyOf(properties);
            }
        }

        /** Names of the issue events fired on this request, oldest first. */
        public List<String> events() {
            synchronized (lock) {
                return List.copyOf(events);
            }
        }

        /** SocialDesk's own events only (Jira's "Issue Created" and "Issue Commented" left out). */
        public List<String> socialDeskEvents() {
            return events().stream().filter(e -> e.startsWith("SocialDesk: ")).toList();
        }

        /** Keys of the requests this one "duplicates". */
        public List<String> duplicates() {
            synchronized (lock) {
                return List.copyOf(duplicates);
            }
        }

        /** Keys of the requests this one "relates to". */
        public List<String> links() {
            synchronized (lock) {
                return List.copyOf(links);
            }
        }
    }

    private final Clock clock;
    private final ServiceDesk serviceDesk = new ServiceDesk(1, 10_100, "CS", "Customer Support");
    private final List<RequestType> requestTypes = List.of(
            new RequestType(1, 1, "Social media contact"),
            new RequestType(2, 1, "Phone call"),
            new RequestType(3, 1, "Get help"));
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Request> requests = new LinkedHashMap<>();
    /** The same requests by issue id: Jira finds an issue by id from its primary key, not by reading every issue. */
    private final Map<Long, Request> requestsById = new java.util.HashMap<>();
    private final Map<Long, Set<String>> restricted = new java.util.HashMap<>();
    private final Set<Long> uneditable = new java.util.HashSet<>();
    private final List<EventTypeRow> eventTypes = new ArrayList<>(List.of(
            new EventTypeRow(1, ISSUE_CREATED, "An issue was created", 1),
            new EventTypeRow(6, ISSUE_COMMENTED, "A comment was added", 6),
            new EventTypeRow(13, GENERIC_EVENT, "A generic event", 13)));
    /**
     * Entity properties by key, then by entity: Jira's property table is indexed on the key and on the entity, so
     * neither a lookup by key nor setting one entity's property walks the others.
     */
    private final Map<String, Map<String, PropertyRow>> propertiesByKey = new java.util.HashMap<>();
    private final SimNotifications notifications = new SimNotifications();
    /** Accounts that are not a person (a dedicated intake account): what they receive reaches nobody. */
    private final Set<String> serviceAccounts = new java.util.HashSet<>(Set.of("socialdesk"));
    private final Map<Long, Attachment> attachments = new LinkedHashMap<>();
    private long nextAttachmentId = 30_000;
    private boolean attachmentsEnabled = true;
    /** Jira's default attachment size limit (webwork.multipart.maxSize). */
    private long attachmentLimit = 10L * 1024 * 1024;
    private int failingAttachments;
    /** Attachments still stored before one fails (-1: none planned), and how many failed so far. */
    private int attachmentsBeforeFailure = -1;
    private int failedAttachments;
    private long nextIssueId = 10_000;
    private long nextCommentId = 20_000;
    private long nextEventTypeId = 10_000;
    private int nextNumber = 1;
    /** Jira keeps its base URL in the database, so every node of a cluster answers with the same one. */
    private volatile String baseUrl = "http://localhost:2990/";

    public SimulatedJsm(Clock clock) {
        this.clock = clock;
        addUser(new User("alice", "Alice Agent", "alice@acme.example", true, true));
        addUser(new User("bob", "Bob Agent", "bob@acme.example", false, true));
        addUser(new User("socialdesk", "SocialDesk intake", "socialdesk@acme.example", false, true));
        addUser(new User("jane@customer.example", "Jane Customer", "jane@customer.example", false, false));
        // licensed (a Jira Software user) but not on the service desk's team: may not browse its requests
        addUser(new User("dave", "Dave Developer", "dave@acme.example", false, true));
        // licensed and a collaborator of the service desk: browses and comments internally, edits nothing
        addUser(new User("carol", "Carol Collaborator", "carol@acme.example", false, true));
    }

    public Clock clock() {
        return clock;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** What an administrator sets in Jira's general configuration; the sandbox sets it to where it listens. */
    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The service desk's agents: who may browse, comment on, edit and transition its requests. */
    public boolean onTeam(String userKey) {
        return Set.of("alice", "bob", "socialdesk").contains(userKey);
    }

    /** The service desk's collaborators: they may browse its requests and add internal comments, not edit them. */
    public boolean collaborator(String userKey) {
        return "carol".equals(userKey);
    }

    /**
     * Puts the request in a workflow status where it cannot be edited (Jira's jira.issue.editable=false status
     * property, as the classic workflow's Closed status has): nobody may edit it, agents included.
     */
    public synchronized void lockEditing(String issueKey) {
        uneditable.add(require(issueKey).id);
    }

    synchronized boolean editable(long issueId) {
        return !uneditable.contains(issueId);
    }

    public synchronized void addUser(User user) {
        users.put(user.key(), user);
    }

    public synchronized Optional<User> user(String key) {
        return Optional.ofNullable(users.get(key));
    }

    public synchronized List<User> users() {
        return List.copyOf(users.values());
    }

    public ServiceDesk serviceDesk() {
        return serviceDesk;
    }

    public List<RequestType> requestTypes() {
        return requestTypes;
    }

    public Optional<RequestType> requestType(int id) {
        return requestTypes.stream().filter(t -> t.id() == id).findFirst();
    }

    /** Creates a request directly (what a customer does in the portal); fires Jira's "Issue Created". */
    public synchronized Request createRequest(String summary, String description, String reporterKey,
                                              int requestTypeId) {
        return createRequest(summary, description, reporterKey, requestTypeId, "portal");
    }

    /**
     * Creates a request as it arrives on {@code channel} (portal, email, agent, api), the way JSM's channels raise
     * them; fires Jira's "Issue Created".
     */
    public synchronized Request createRequest(String summary, String description, String reporterKey,
                                              int requestTypeId, String channel) {
        return createRequest(summary, description, reporterKey, requestTypeId, channel, reporterKey);
    }

    /** As {@link #createRequest(String, String, String, int, String)}, raised by {@code actorKey} (an agent on behalf). */
    public synchronized Request createRequest(String summary, String description, String reporterKey,
                                              int requestTypeId, String channel, String actorKey) {
        if (!users.containsKey(reporterKey)) {
            throw new IllegalArgumentException("no such user: " + reporterKey);
        }
        if (requestType(requestTypeId).isEmpty()) {
            throw new IllegalArgumentException("no such request type: " + requestTypeId);
        }
        String key = serviceDesk.projectKey() + "-" + nextNumber++;
        Request request = new Request(this, nextIssueId++, key, summary, description, reporterKey, channel,
                requestTypeId, clock.instant());
        requests.put(key, request);
        requestsById.put(request.id(), request);
        index(new PropertyRow(ISSUE_PROPERTY, request.id(), CHANNEL_PROPERTY, "{\"value\":\"" + channel + "\"}"));
        request.events.add(ISSUE_CREATED);
        if (onTeam(actorKey)) {
            request.watchers.add(actorKey);
        }
        notify(request, SimNotifications.Event.CREATED, actorKey, false, Optional.empty());
        return request;
    }

    /** Shares the request with another customer (JSM's "Share with"): they become a participant. */
    public synchronized void addParticipant(String issueKey, String userKey) {
        Request request = require(issueKey);
        if (!users.containsKey(userKey)) {
            throw new IllegalArgumentException("no such user: " + userKey);
        }
        if (!request.participants.contains(userKey)) {
            request.participants.add(userKey);
        }
    }

    /** Adds a comment directly (an agent typing in the issue view); fires Jira's "Issue Commented". */
    public synchronized Comment addComment(String issueKey, String authorKey, String body, boolean internal) {
        return addComment(issueKey, authorKey, body, internal, Map.of());
    }

    synchronized Comment addComment(String issueKey, String authorKey, String body, boolean internal,
                                    Map<String, String> properties) {
        Request request = require(issueKey);
        Comment comment = new Comment(nextCommentId++, authorKey, body, internal, clock.instant(),
                Map.copyOf(properties));
        properties.forEach((key, value) -> index(new PropertyRow(COMMENT_PROPERTY, comment.id(), key, value)));
        request.comments.add(comment);
        request.updated = comment.created();
        request.events.add(ISSUE_COMMENTED);
        if (onTeam(authorKey) || collaborator(authorKey)) {
            request.watchers.add(authorKey);
        }
        notify(request, SimNotifications.Event.COMMENTED, authorKey, internal, Optional.of(comment.id()));
        if (!commentObservers.isEmpty()) {
            commentObservers.get(0).accept(request, comment);
        }
        return comment;
    }

    /**
     * Hears each new comment as JSM's comment event: Jira publishes it on the node where the comment was made, so
     * the simulation tells one node (the first registered), never every node.
     */
    void onComment(java.util.function.BiConsumer<Request, Comment> observer) {
        commentObservers.add(observer);
    }

    /** Moves a request to {@code status}; {@code resolves} sets or clears its resolution, as the workflow would. */
    /**
     * Puts the request under an issue security level only {@code userKeys} are in (what a Jira admin configures for
     * sensitive requests): nobody else may browse it, agents included.
     */
    public synchronized void restrict(String issueKey, Set<String> userKeys) {
        restricted.put(require(issueKey).id, Set.copyOf(userKeys));
    }

    /** Whether an issue security level keeps the user out of the request. */
    synchronized boolean securityHides(long issueId, String userKey) {
        Set<String> allowed = restricted.get(issueId);
        return allowed != null && !allowed.contains(userKey);
    }

    public synchronized void transition(String issueKey, String status, boolean resolves) {
        transition(issueKey, status, resolves, null);
    }

    /** As {@link #transition(String, String, boolean)}, by {@code actorKey} (null: Jira itself, an automation). */
    public synchronized void transition(String issueKey, String status, boolean resolves, String actorKey) {
        Request request = require(issueKey);
        boolean wasResolved = request.resolvedAt != null;
        request.status = status;
        request.resolvedAt = resolves ? clock.instant() : null;
        request.updated = clock.instant();
        if (resolves && !wasResolved) {
            notify(request, SimNotifications.Event.RESOLVED, actorKey, false, Optional.empty());
        } else if (!resolves && wasResolved) {
            notify(request, SimNotifications.Event.REOPENED, actorKey, false, Optional.empty());
        }
    }

    /** The customer turns the request's notifications off in the portal ("Don't notify me"). */
    public synchronized void muteNotifications(String issueKey, String userKey) {
        require(issueKey).muted.add(userKey);
    }

    /** Marks the account as not a person: a dedicated account whose notifications reach nobody. */
    public synchronized void serviceAccount(String userKey) {
        serviceAccounts.add(userKey);
    }

    /** Whether notifications to this account reach a person. */
    public synchronized boolean person(String userKey) {
        return !serviceAccounts.contains(userKey);
    }

    /** Every notification sent, oldest first: the sandbox's outbox. */
    public synchronized List<Notification> notifications() {
        return notifications.all();
    }

    private void notify(Request request, SimNotifications.Event event, String actorKey, boolean internal,
                        Optional<Long> commentId) {
        notifications.send(request.key, event, actorKey, request.customers(), request.watchers, request.muted,
                internal, commentId, key -> onTeam(key) || collaborator(key));
    }

    /** An edit through the issue service: Jira keeps the old value in the change history, as here. */
    synchronized void edit(String issueKey, String summary, String description) {
        Request request = require(issueKey);
        if (summary != null && !summary.equals(request.summary)) {
            request.history.add("summary: " + request.summary + " -> " + summary);
            request.summary = summary;
        }
        if (description != null && !description.equals(request.description)) {
            request.history.add("description: " + request.description + " -> " + description);
            request.description = description;
        }
        request.updated = clock.instant();
    }

    /** A comment edit: Jira keeps no earlier bodies of a comment. */
    synchronized void editComment(long commentId, String body) {
        for (Request request : requests.values()) {
            for (int i = 0; i < request.comments.size(); i++) {
                Comment comment = request.comments.get(i);
                if (comment.id() == commentId) {
                    request.comments.set(i, new Comment(comment.id(), comment.authorKey(), body, comment.internal(),
                            comment.created(), comment.properties()));
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no such comment: " + commentId);
    }

    synchronized Optional<Comment> comment(long commentId) {
        return requests.values().stream().flatMap(r -> r.comments.stream()).filter(c -> c.id() == commentId)
                .findFirst();
    }

    synchronized Optional<Request> requestOfComment(long commentId) {
        return requests.values().stream().filter(r -> r.comments.stream().anyMatch(c -> c.id() == commentId))
                .findFirst();
    }

    synchronized void deleteProperty(String issueKey, String propertyKey) {
        Request request = require(issueKey);
        request.properties.remove(propertyKey);
        Map<String, PropertyRow> rows = propertiesByKey.get(propertyKey);
        if (rows != null) {
            rows.remove(entity(ISSUE_PROPERTY, request.id()));
        }
    }

    synchronized void link(String issueKey, String relatedKey) {
        Request request = require(issueKey);
        require(relatedKey);
        if (!request.links.contains(relatedKey)) {
            request.links.add(relatedKey);
        }
    }

    synchronized void linkDuplicate(String issueKey, String originalKey) {
        Request request = require(issueKey);
        require(originalKey);
        if (!request.duplicates.contains(originalKey)) {
            request.duplicates.add(originalKey);
        }
    }

    synchronized void unlink(String issueKey, String relatedKey) {
        require(issueKey).links.remove(relatedKey);
    }

    synchronized void fireEvent(String issueKey, String eventName) {
        require(issueKey).events.add(eventName);
    }

    /** Sets an issue property as any app or Jira itself would (JSM sets request.channel.type). */
    public synchronized void setProperty(String issueKey, String propertyKey, String json) {
        Request request = require(issueKey);
        request.properties.put(propertyKey, json);
        index(new PropertyRow(ISSUE_PROPERTY, request.id(), propertyKey, json));
    }

    synchronized List<PropertyRow> propertiesWithKey(String key) {
        return List.copyOf(propertiesByKey.getOrDefault(key, Map.of()).values());
    }

    synchronized List<PropertyRow> properties() {
        return propertiesByKey.values().stream().flatMap(rows -> rows.values().stream()).toList();
    }

    private void index(PropertyRow row) {
        Map<String, PropertyRow> rows = propertiesByKey.computeIfAbsent(row.key(), k -> new LinkedHashMap<>());
        // a changed value moves to the end, as before (newest last)
        rows.remove(entity(row.entityName(), row.entityId()));
        rows.put(entity(row.entityName(), row.entityId()), row);
    }

    /** The key of a property's entity in {@link #propertiesByKey} (an issue, a comment...). */
    private static String entity(String entityName, long entityId) {
        return entityName + ":" + entityId;
    }

    synchronized List<EventTypeRow> eventTypes() {
        return List.copyOf(eventTypes);
    }

    synchronized EventTypeRow addEventType(String name, String description, long templateId) {
        EventTypeRow row = new EventTypeRow(nextEventTypeId++, name, description, templateId);
        eventTypes.add(row);
        return row;
    }

    public synchronized Optional<Request> request(String key) {
        return Optional.ofNullable(requests.get(key));
    }

    public synchronized Optional<Request> requestById(long id) {
        return Optional.ofNullable(requestsById.get(id));
    }

    public synchronized Attachment addAttachment(long issueId, String filename, String mimetype, byte[] bytes,
                                                 String authorKey) {
        if (attachmentsBeforeFailure == 0) {
            failingAttachments++;
        }
        if (attachmentsBeforeFailure >= 0) {
            attachmentsBeforeFailure--;
        }
        if (failingAttachments > 0) {
            failingAttachments--;
            failedAttachments++;
            throw new IllegalStateException("the node stopped while storing attachment " + filename);
        }
        Attachment attachment = new Attachment(nextAttachmentId++, issueId, filename, mimetype, bytes.clone(),
                authorKey, clock.instant());
        attachments.put(attachment.id(), attachment);
        return attachment;
    }

    public synchronized List<Attachment> attachments(long issueId) {
        return attachments.values().stream().filter(a -> a.issueId() == issueId).toList();
    }

    public synchronized Optional<Attachment> attachment(long id) {
        return Optional.ofNullable(attachments.get(id));
    }

    public synchronized boolean removeAttachment(long id) {
        return attachments.remove(id) != null;
    }

    /** Jira's attachment settings: attachments on or off, and the size limit of one file. */
    public synchronized void attachmentSettings(boolean enabled, long maxBytes) {
        this.attachmentsEnabled = enabled;
        this.attachmentLimit = maxBytes;
    }

    public synchronized boolean attachmentsEnabled() {
        return attachmentsEnabled;
    }

    public synchronized long attachmentLimit() {
        return attachmentLimit;
    }

    /** The next {@code count} attachments fail as if the node stopped while storing them (a crash test). */
    public synchronized void failAttachments(int count) {
        this.failingAttachments = count;
    }

    /** After {@code stored} more attachments are stored, the next one fails once (a crash between two files). */
    public synchronized void failAttachmentAfter(int stored) {
        this.attachmentsBeforeFailure = stored;
    }

    public synchronized int failedAttachments() {
        return failedAttachments;
    }

    public synchronized List<Request> requests() {
        List<Request> newestFirst = new ArrayList<>(requests.values());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private Request require(String issueKey) {
        Request request = requests.get(issueKey);
        if (request == null) {
            throw new IllegalArgumentException("no such request: " + issueKey);
        }
        return request;
    }
}
