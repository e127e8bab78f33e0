package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/** Jira's issue manager: issues are read fresh from the state on each call, as Jira reads them from its database. */
final class SimIssues implements IssueManager {
    private final SimulatedJsm jsm;

    SimIssues(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return id == null ? null : jsm.requestById(id).map(this::issue).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return key == null ? null : jsm.request(key).map(this::issue).orElse(null);
    }

    /** As Jira: one read for all of them, in the order asked, unknown ids left out. */
    @Override
    public java.util.List<com.atlassian.jira.issue.Issue> getIssueObjects(java.util.Collection<Long> ids) {
        return ids.stream().map(this::getIssueObject).filter(java.util.Objects::nonNull)
                .<com.atlassian.jira.issue.Issue>map(issue -> issue).toList();
    }

    SimIssue issue(SimulatedJsm.Request request) {
        SimulatedJsm.ServiceDesk desk = jsm.serviceDesk();
        return new SimIssue(request.id(), request.key(), request.summary(), request.description(),
                new SimProject(desk.projectId(), desk.projectKey(), desk.name()), new SimStatus(request.status()),
                request.resolvedAt().isPresent() ? new SimResolution("Done") : null,
                request.resolvedAt().map(Timestamp::from).orElse(null), Timestamp.from(request.updated()),
                SimUsers.of(jsm, request.reporterKey()).orElse(null), Timestamp.from(request.created()));
    }

    record SimIssue(Long id, String key, String summary, String description, Project project, Status status, Resolution resolution,
                    Timestamp resolutionDate, Timestamp updated, ApplicationUser reporter, Timestamp created)
            implements MutableIssue {
        @Override
        public Timestamp getCreated() {
            return created;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Project getProjectObject() {
            return project;
        }

        @Override
        public Resolution getResolution() {
            return resolution;
        }

        @Override
        public Timestamp getResolutionDate() {
            return resolutionDate;
        }

        @Override
        public Timestamp getUpdated() {
            return updated;
        }

        @Override
        public String getSummary() {
            return summary;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Status getStatus() {
            return status;
        }

        @Override
        public ApplicationUser getReporter() {
            return reporter;
        }
    }

    record SimProject(Long id, String key, String name) implements Project {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    record SimStatus(String name) implements Status {
        @Override
        public String getName() {
            return name;
        }
    }

    record SimResolution(String name) implements Resolution {
        @Override
        public String getName() {
            return name;
        }
    }
}
