package io.socialdesk.jira;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.util.AttachmentException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.media.RequestAttachments;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Requests' attachments through Jira's {@link AttachmentManager}, within Jira's attachment settings: whether
 * attachments are on, and the size limit an administrator set ({@code webwork.multipart.maxSize}, the key Jira's own
 * upload code reads; 10 MB unless changed).
 */
@Component
public class JiraAttachments implements RequestAttachments {
    static final String SIZE_LIMIT_KEY = "webwork.multipart.maxSize";
    private static final long JIRA_DEFAULT_LIMIT = 10L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(JiraAttachments.class);

    private final AttachmentManager attachments;
    private final com.atlassian.jira.config.properties.ApplicationProperties properties;
    private final IssueReads reads;
    private final ActingUsers users;

    @Inject
    public JiraAttachments(@ComponentImport AttachmentManager attachments,
                           @ComponentImport("jiraApplicationProperties")
                           com.atlassian.jira.config.properties.ApplicationProperties properties,
                           IssueReads reads, ActingUsers users) {
        this.attachments = attachments;
        this.properties = properties;
        this.reads = reads;
        this.users = users;
    }

    @Override
    public Limits limits() {
        long max;
        try {
            max = Long.parseLong(String.valueOf(properties.getDefaultBackedString(SIZE_LIMIT_KEY)).strip());
        } catch (NumberFormatException unreadable) {
            max = JIRA_DEFAULT_LIMIT;
        }
        return new Limits(attachments.attachmentsEnabled(), max);
    }

    @Override
    public List<Stored> on(long issueId) {
        return reads.issue(issueId).map(issue -> attachments.getAttachments(issue).stream()
                .map(a -> new Stored(a.getId(), a.getFilename(), String.valueOf(a.getMimetype()),
                        a.getFilesize() == null ? 0 : a.getFilesize())).toList()).orElse(List.of());
    }

    @Override
    public Optional<String> attach(long issueId, String name, String type, Path file, String actorKey) {
        Optional<Issue> issue = reads.issue(issueId);
        Optional<ApplicationUser> actor = users.active(actorKey);
        if (issue.isEmpty() || actor.isEmpty()) {
            return Optional.of(issue.isEmpty() ? "the request is gone" : "user " + actorKey + " is not active");
        }
        try {
            attachments.createAttachment(new CreateAttachmentParamsBean.Builder(file.toFile(), name, type,
                    actor.get(), issue.get()).build());
            return Optional.empty();
        } catch (AttachmentException refused) {
            return Optional.of(String.valueOf(refused.getMessage()));
        }
    }

    @Override
    public Optional<byte[]> read(long issueId, long attachmentId, long maxBytes) {
        Optional<Attachment> found = reads.issue(issueId).flatMap(issue -> attachments.getAttachments(issue).stream()
                .filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst());
        if (found.isEmpty() || found.get().getFilesize() == null || found.get().getFilesize() > maxBytes) {
            return Optional.empty();
        }
        try {
            return Optional.of(attachments.streamAttachmentContent(found.get(),
                    in -> in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8))));
        } catch (java.io.IOException unreadable) {
            LOG.warn("Jira could not read attachment {} of request {}: {}", attachmentId, issueId,
                    unreadable.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public int remove(long issueId, String prefix) {
        List<Attachment> onRequest = reads.issue(issueId).map(attachments::getAttachments).orElse(List.of());
        int removed = 0;
        for (Attachment attachment : onRequest) {
            if (attachment.getFilename() == null || !attachment.getFilename().startsWith(prefix)) {
                continue;
            }
            try {
                attachments.deleteAttachment(attachment);
                removed++;
            } catch (RemoveException failed) {
                LOG.warn("Jira could not remove attachment {} of request {}: {}", attachment.getFilename(), issueId,
                        failed.getMessage());
            }
        }
        return removed;
    }
}
