package io.socialdesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/**
 * Issues read from Jira, each at most once per routing pass: routing a contact's posts reads a request's state,
 * comments on it and signals on it, and Jira reads an issue from its database on every {@code getIssueObject}. Inside
 * a pass (one thread, under the contact's cluster lock, so no other SocialDesk writer touches these requests) the
 * object first read is reused; a transition drops it, so what follows sees the new status. Outside a pass every read
 * goes to Jira.
 */
@Component
public class IssueReads {
    private final IssueManager issues;
    private final ThreadLocal<Map<Long, Issue>> pass = new ThreadLocal<>();
    /** A project's service desk, asked once per pass (a request's state names its desk; its project rarely moves). */
    private final ThreadLocal<Map<Long, Integer>> desks = new ThreadLocal<>();

    @Inject
    public IssueReads(@ComponentImport IssueManager issues) {
        this.issues = issues;
    }

    public <T> T within(Supplier<T> work) {
        if (pass.get() != null) {
            return work.get();
        }
        pass.set(new HashMap<>());
        desks.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            pass.remove();
            desks.remove();
        }
    }

    public Optional<Issue> issue(long issueId) {
        Map<Long, Issue> read = pass.get();
        if (read == null) {
            return Optional.ofNullable(issues.getIssueObject(issueId));
        }
        Issue issue = read.get(issueId);
        if (issue == null) {
            issue = issues.getIssueObject(issueId);
            if (issue != null) {
                read.put(issueId, issue);
            }
        }
        return Optional.ofNullable(issue);
    }

    /**
     * Inside a pass, reads those of {@code issueIds} not read yet in one call (Jira: one query for all), so the reads
     * of them that follow ask Jira nothing; outside a pass it does nothing.
     */
    public void readAll(Collection<Long> issueIds) {
        Map<Long, Issue> read = pass.get();
        if (read == null) {
            return;
        }
        List<Long> missing = issueIds.stream().filter(id -> !read.containsKey(id)).distinct().toList();
        if (missing.size() > 1) {
            issues.getIssueObjects(missing).forEach(issue -> read.putIfAbsent(issue.getId(), issue));
        }
    }

    /** The service desk id of a project, asked once per pass. */
    public int serviceDeskOf(Project project, ToIntFunction<Project> ask) {
        Map<Long, Integer> known = desks.get();
        return known == null ? ask.applyAsInt(project)
                : known.computeIfAbsent(project.getId(), id -> ask.applyAsInt(project));
    }

    /**
     * An issue Jira handed over another way (a customer request query): inside a pass it serves later reads of the
     * same issue, as if it had been read here.
     */
    public void remember(Issue issue) {
        Map<Long, Issue> read = pass.get();
        if (read != null && issue != null) {
            read.putIfAbsent(issue.getId(), issue);
        }
    }

    /** Fields of this issue changed (a transition): the next read in the pass goes to Jira. */
    public void changed(long issueId) {
        Map<Long, Issue> read = pass.get();
        if (read != null) {
            read.remove(issueId);
        }
    }
}
