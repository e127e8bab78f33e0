package io.socialdesk.agent;

import io.socialdesk.channel.ReplyMedia;
import io.socialdesk.media.RequestAttachments;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The request's attachments an agent chose to send with a reply, read from Jira: only the request's own attachments
 * (an id of another request's file is refused, so a reply cannot leak it), at most {@value #MAX_FILES}, each at most
 * {@value #MAX_BYTES} bytes (the largest any network takes); whether the network takes them is its allowance's
 * question.
 */
@Component
public class ReplyFiles {
    static final int MAX_FILES = 4;
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** The files, or the reason the choice is refused (the field is {@code attachments}). */
    public record Chosen(List<ReplyMedia> files, Optional<String> refused) {
    }

    private final RequestAttachments attachments;

    @Inject
    public ReplyFiles(RequestAttachments attachments) {
        this.attachments = attachments;
    }

    public Chosen of(long issueId, List<Long> ids) {
        if (ids.isEmpty()) {
            return new Chosen(List.of(), Optional.empty());
        }
        if (ids.size() > MAX_FILES || ids.stream().distinct().count() != ids.size()) {
            return refused("choose at most " + MAX_FILES + " different attachments");
        }
        Map<Long, RequestAttachments.Stored> onRequest = attachments.on(issueId).stream()
                .collect(Collectors.toMap(RequestAttachments.Stored::id, Function.identity(), (a, b) -> a));
        List<ReplyMedia> files = new ArrayList<>();
        for (long id : ids) {
            RequestAttachments.Stored stored = onRequest.get(id);
            if (stored == null) {
                return refused("this request has no attachment " + id);
            }
            if (stored.size() > MAX_BYTES) {
                return refused(stored.name() + " is too large to send");
            }
            Optional<byte[]> bytes = attachments.read(issueId, id, MAX_BYTES);
            if (bytes.isEmpty()) {
                return refused("Jira could not read " + stored.name());
            }
            files.add(new ReplyMedia(stored.name(), stored.type(), bytes.get(), ""));
        }
        return new Chosen(files, Optional.empty());
    }

    private static Chosen refused(String reason) {
        return new Chosen(List.of(), Optional.of(reason));
    }
}
