package io.socialdesk.media;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.wire.MediaDownloads;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings a post's photos and videos onto the request it landed on, exactly once: each is downloaded safely, its type
 * read from its bytes, and attached under its fixed name unless the request already has that name (a retry after a
 * crash, a second node); what Jira would refuse (attachments off, over its size limit or the admin's) or what cannot
 * be downloaded stays a link, with its preview image attached where the network offers one.
 */
@Component
public class MediaLanding {
    private static final Logger LOG = LoggerFactory.getLogger(MediaLanding.class);
    /** Jira keeps what it is given in memory nowhere, but a download is held whole: never more than this. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private final ChannelCatalog channels;
    private final RequestAttachments attachments;
    private final CredentialStore credentials;

    @Inject
    public MediaLanding(ChannelCatalog channels, RequestAttachments attachments, CredentialStore credentials) {
        this.channels = channels;
        this.attachments = attachments;
        this.credentials = credentials;
    }

    /**
     * Downloads what will be attached; {@code adminLimitBytes} is the admin's size limit (0: links only). The caller
     * closes the plan once the files are attached.
     */
    public MediaPlan plan(ChannelAccount account, InboundPost post, long adminLimitBytes) {
        if (post.media().isEmpty()) {
            return MediaPlan.NONE;
        }
        RequestAttachments.Limits jira = attachments.limits();
        long limit = Math.min(Math.min(adminLimitBytes, jira.maxBytes()), MAX_BYTES);
        if (!jira.enabled() || limit <= 0) {
            return MediaPlan.links(post.media());
        }
        List<MediaPlan.Item> items = new ArrayList<>();
        for (int i = 0; i < post.media().size(); i++) {
            items.add(item(account, post.externalId(), i + 1, post.media().get(i), (int) limit));
        }
        return new MediaPlan(items);
    }

    private MediaPlan.Item item(ChannelAccount account, String postId, int n, Media media, int limit) {
        ChannelKind network = account.kind();
        // a network that serves files only to the account downloads them itself, with the account's token
        MediaDownloads.Download got = account.apiBaseUrl().flatMap(api -> channels.driver(network)
                        .flatMap(driver -> driver.download(api, credentials.credentials(account.id()), media, limit)))
                .orElseGet(() -> channels.media().fetch(media.url(), limit));
        if (got.file().isPresent()) {
            MediaDownloads.Downloaded file = got.file().get();
            return new MediaPlan.Item(n, media, Optional.of(new MediaPlan.File(
                    MediaNames.of(network, postId, n, file.type().extension()), file.type().type(),
                    temporary(file.bytes()))), Optional.empty(), "");
        }
        MediaDownloads.NotDownloaded missed = got.missed().orElseThrow();
        LOG.info("Media {} of {} post {} is linked, not attached: {}", n, network, postId, missed.detail());
        String note = switch (missed.reason()) {
            case TOO_LARGE -> "too large to attach: " + missed.detail();
            case NOT_MEDIA -> "not attached: " + missed.detail();
            case ADDRESS_REFUSED -> "not attached: its address is not a public one";
            case UNAVAILABLE -> "not attached: " + missed.detail();
        };
        Optional<MediaPlan.File> preview = media.preview().flatMap(url -> {
            MediaDownloads.Download small = channels.media().fetch(url, limit);
            return small.file().filter(f -> f.type().kind() == Media.Kind.IMAGE || f.type().kind() == Media.Kind.GIF)
                    .map(f -> new MediaPlan.File(MediaNames.preview(network, postId, n, f.type().extension()),
                            f.type().type(), temporary(f.bytes())));
        });
        return new MediaPlan.Item(n, media, Optional.empty(), preview, note);
    }

    /**
     * Attaches the plan's files to the request, each unless the request has it already; a file Jira refuses is
     * logged and left out (its link is in the text). Answers the names attached now.
     */
    public List<String> attach(long issueId, MediaPlan plan, String actorKey) {
        if (plan.files().isEmpty()) {
            return List.of();
        }
        Set<String> present = attachments.on(issueId).stream().map(RequestAttachments.Stored::name)
                .collect(Collectors.toSet());
        List<String> attached = new ArrayList<>();
        for (MediaPlan.File file : plan.files()) {
            if (present.contains(file.name())) {
                continue;
            }
            Optional<String> refused = attachments.attach(issueId, file.name(), file.type(), file.path(), actorKey);
            if (refused.isPresent()) {
                LOG.warn("Jira refused the attachment {} on request {}: {}", file.name(), issueId, refused.get());
            } else {
                attached.add(file.name());
            }
        }
        return attached;
    }

    private static Path temporary(byte[] bytes) {
        try {
            Path file = Files.createTempFile("socialdesk-media-", ".part");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep a downloaded media file", e);
        }
    }
}
