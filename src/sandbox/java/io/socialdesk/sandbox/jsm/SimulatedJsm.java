package io.socialdesk.sandbox.jsm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory Jira Service Management: one service desk, its request types, users, requests and comments. It holds
 * what the sandbox's JSM port implementations and pages read and write; all access is synchronized on this object.
 */
public final class SimulatedJsm {
    public record ServiceDesk(int id, String projectKey, String name) {
    }

    public record RequestType(int id, int serviceDeskId, String name) {
    }

    public record User(String key, String displayName, String email, boolean admin, boolean agent) {
    }

    public record Comment(long id, String authorKey, String body, boolean internal, Instant created,
                          Map<String, String> properties) {
    }

    public static final class Request {
        private final long id;
        private final String key;
        private final String summary;
        private final String description;
        private final String reporterKey;
        private final int requestTypeId;
        private final Instant created;
        private final List<Comment> comments = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> links = new ArrayList<>();
        private final List<String> events = new ArrayList<>();
        private final java.util.Set<String> commentProperties = new java.util.HashSet<>();
        private String status = "Waiting for support";
        private Instant updated;
        private Instant resolvedAt;

        Request(long id, String key, String summary, String description, String reporterKey, int requestTypeId,
                Instant created) {
            this.id = id;
            this.key = key;
            this.summary = summary;
            this.description = description;
            this.reporterKey = reporterKey;
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
            return summary;
        }

        public String description() {
            return description;
        }

        public String reporterKey() {
            return reporterKey;
        }

        public int requestTypeId() {
            return requestTypeId;
        }

        public Instant created() {
            return created;
        }

        public Instant updated() {
            return updated;
        }

        public String status() {
            return status;
        }

        public Optional<Instant> resolvedAt() {
            return Optional.ofNullable(resolvedAt);
        }

        public List<Comment> comments() {
            return List.copyOf(comments);
        }

        public Map<String, String> properties() {
            return Map.copyOf(properties);
        }

        /** Names of the issue events fired on this request, oldest first. */
        public List<String> events() {
            return List.copyOf(events);
        }

        /** Keys of the requests this one "relates to". */
        public List<String> links() {
            return List.copyOf(links);
        }
    }

    private final Clock clock;
    private final ServiceDesk serviceDesk = new ServiceDesk(1, "CS", "Customer Support");
    private final List<RequestType> requestTypes = List.of(
            new RequestType(1, 1, "Social media contact"),
            new RequestType(2, 1, "Phone call"),
            new RequestType(3, 1, "Get help"));
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Request> requests = new LinkedHashMap<>();
    private final Map<String, String> propertyIndex = new java.util.HashMap<>();
    private long nextIssueId = 10_000;
    private long nextCommentId = 20_000;
    private int nextNumber = 1;

    public SimulatedJsm(Clock clock) {
        this.clock = clock;
        addUser(new User("alice", "Alice Agent", "alice@acme.example", true, true));
        addUser(new User("bob", "Bob Agent", "bob@acme.example", false, true));
        addUser(new User("socialdesk", "SocialDesk intake", "socialdesk@acme.example", false, true));
        addUser(new User("jane@customer.example", "Jane Customer", "jane@customer.example", false, false));
        // licensed (a Jira Software user) but not on the service desk's team: may not browse its requests
        addUser(new User("dave", "Dave Developer", "dave@acme.example", false, true));
    }

    /** The service desk's agents: who may browse and edit its requests. */
    public boolean onTeam(String userKey) {
        return Set.of("alice", "bob", "socialdesk").contains(userKey);
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

    public synchronized Request createRequest(String summary, String description, String reporterKey,
                                              int requestTypeId) {
        if (!users.containsKey(reporterKey)) {
            throw new IllegalArgumentException("no such user: " + reporterKey);
        }
        if (requestType(requestTypeId).isEmpty()) {
            throw new IllegalArgumentException("no such request type: " + requestTypeId);
        }
        String key = serviceDesk.projectKey() + "-" + nextNumber++;
        Request request = new Request(nextIssueId++, key, summary, description, reporterKey, requestTypeId,
                clock.instant());
        requests.put(key, request);
        return request;
    }

    public synchronized Comment addComment(String issueKey, String authorKey, String body, boolean internal) {
        return addComment(issueKey, authorKey, body, internal, Map.of());
    }

    public synchronized Comment addComment(String issueKey, String authorKey, String body, boolean internal,
                                           Map<String, String> properties) {
        Request request = require(issueKey);
        Comment comment = new Comment(nextCommentId++, authorKey, body, internal, clock.instant(),
                Map.copyOf(properties));
        properties.forEach((key, value) -> request.commentProperties.add(key + "=" + value));
        request.comments.add(comment);
        request.updated = comment.created();
        return comment;
    }

    public synchronized void transition(String issueKey, String status, boolean resolves) {
        Request request = require(issueKey);
        request.status = status;
        request.resolvedAt = resolves ? clock.instant() : null;
        request.updated = clock.instant();
    }

    public synchronized void link(String issueKey, String relatedKey) {
        Request request = require(issueKey);
        require(relatedKey);
        if (!request.links.contains(relatedKey)) {
            request.links.add(relatedKey);
        }
    }

    /** Adds the comment unless one carrying this property value is already on the request (a keyed lookup). */
    public synchronized boolean addCommentUnlessPresent(String issueKey, String authorKey, String body,
                                                        boolean internal, String propertyKey, String value) {
        if (require(issueKey).commentProperties.contains(propertyKey + "=" + value)) {
            return false;
        }
        addComment(issueKey, authorKey, body, internal, Map.of(propertyKey, value));
        return true;
    }

    /** The request carrying this issue property value, as Jira finds it through the property index. */
    public synchronized Optional<Request> requestWithProperty(String propertyKey, String value) {
        return Optional.ofNullable(propertyIndex.get(propertyKey + "=" + value)).map(requests::get);
    }

    public synchronized void fireEvent(String issueKey, String eventName) {
        require(issueKey).events.add(eventName);
    }

    public synchronized void setProperty(String issueKey, String propertyKey, String json) {
        String previous = require(issueKey).properties.put(propertyKey, json);
        if (previous != null) {
            propertyIndex.remove(propertyKey + "=" + previous);
        }
        propertyIndex.put(propertyKey + "=" + json, issueKey);
    }

    public synchronized Optional<Request> request(String key) {
        return Optional.ofNullable(requests.get(key));
    }

    public synchronized Optional<Request> requestById(long id) {
        return requests.values().stream().filter(r -> r.id() == id).findFirst();
    }

    public synchronized List<Request> requests() {
        List<Request> newestFirst = new ArrayList<>(requests.values());
        java.util.Collections.reverse(newestFirst);
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
