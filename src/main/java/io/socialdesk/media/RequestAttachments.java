package io.socialdesk.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The files attached to requests, as Jira keeps them and within its attachment settings. */
public interface RequestAttachments {
    /** Whether Jira takes attachments at all, and its size limit for one file. */
    record Limits(boolean enabled, long maxBytes) {
    }

    /** An attachment on a request. */
    record Stored(long id, String name, String type, long size) {
    }

    Limits limits();

    List<Stored> on(long issueId);

    /**
     * Attaches {@code file} (Jira may move it) under {@code name} as {@code actorKey}; empty when attached, else why
     * Jira refused.
     */
    Optional<String> attach(long issueId, String name, String type, Path file, String actorKey);

    /**
     * The bytes of the request's attachment {@code attachmentId}; empty when the request has no such attachment or it
     * is larger than {@code maxBytes}.
     */
    Optional<byte[]> read(long issueId, long attachmentId, long maxBytes);

    /** Removes the request's attachments whose names start with {@code prefix}; answers how many. */
    int remove(long issueId, String prefix);
}
