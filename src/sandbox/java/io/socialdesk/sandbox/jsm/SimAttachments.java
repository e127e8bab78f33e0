package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.web.util.AttachmentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.util.List;

/**
 * Jira's attachment manager and the one application property SocialDesk reads (the attachment size limit), on the
 * simulated Jira's attachment store. As in Jira, the file handed over is moved into the store (its temporary copy is
 * gone afterwards), and a file over the limit or attachments turned off are refused with an AttachmentException.
 */
final class SimAttachments implements AttachmentManager, com.atlassian.jira.config.properties.ApplicationProperties {
    private final SimulatedJsm jsm;

    SimAttachments(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public List<Attachment> getAttachments(Issue issue) {
        return jsm.attachments(issue.getId()).stream().<Attachment>map(Stored::new).toList();
    }

    @Override
    public ChangeItemBean createAttachment(CreateAttachmentParamsBean bean) throws AttachmentException {
        if (!jsm.attachmentsEnabled()) {
            throw new AttachmentException("Attachments are disabled");
        }
        try {
            byte[] bytes = Files.readAllBytes(bean.getFile().toPath());
            if (bytes.length > jsm.attachmentLimit()) {
                throw new AttachmentException("The file " + bean.getFilename() + " is too large to attach");
            }
            jsm.addAttachment(bean.getIssue().getId(), bean.getFilename(), bean.getContentType(), bytes,
                    bean.getAuthor().getKey());
            Files.deleteIfExists(bean.getFile().toPath());
            return new ChangeItemBean();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteAttachment(Attachment attachment) throws RemoveException {
        if (!jsm.removeAttachment(attachment.getId())) {
            throw new RemoveException("attachment " + attachment.getId() + " is gone");
        }
    }

    @Override
    public boolean attachmentsEnabled() {
        return jsm.attachmentsEnabled();
    }

    @Override
    public <T> T streamAttachmentContent(Attachment attachment,
                                         com.atlassian.jira.util.io.InputStreamConsumer<T> consumer)
            throws IOException {
        SimulatedJsm.Attachment stored = jsm.attachment(attachment.getId())
                .orElseThrow(() -> new IOException("attachment " + attachment.getId() + " is gone"));
        return consumer.withInputStream(new java.io.ByteArrayInputStream(stored.bytes()));
    }

    @Override
    public String getDefaultBackedString(String name) {
        return "webwork.multipart.maxSize".equals(name) ? Long.toString(jsm.attachmentLimit()) : null;
    }

    private static final class Stored extends Attachment {
        private final SimulatedJsm.Attachment row;

        Stored(SimulatedJsm.Attachment row) {
            this.row = row;
        }

        @Override
        public Long getId() {
            return row.id();
        }

        @Override
        public String getFilename() {
            return row.filename();
        }

        @Override
        public Long getFilesize() {
            return row.size();
        }

        @Override
        public String getMimetype() {
            return row.mimetype();
        }

        @Override
        public Timestamp getCreated() {
            return Timestamp.from(row.created());
        }

        @Override
        public Long getIssueId() {
            return row.issueId();
        }
    }
}
