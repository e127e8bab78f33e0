package io.socialdesk.intake;

import io.socialdesk.channel.InboundPost;
import io.socialdesk.request.RequestState;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The routing rules of DESIGN §5, in order, first match wins. Duplicates never get here: the unique key rejects
 * them when they are recorded. Pure: the facts are gathered by {@link PendingRouter}.
 */
public final class Router {
    public Route decide(InboundPost post, RoutingFacts facts, RoutingSettings settings, Instant now) {
        if (facts.ownPost()) {
            return new Route.Skip("own post");
        }
        Optional<String> noise = noise(post, settings);
        if (noise.isPresent()) {
            return new Route.Skip(noise.get());
        }
        if (facts.thread().isPresent()) {
            RequestState thread = facts.thread().get();
            if (!thread.resolved()) {
                return new Route.Comment(thread.issueId());
            }
            boolean recent = thread.resolvedAt().map(r -> r.plus(settings.reopenWindow()).isAfter(now)).orElse(false);
            return recent ? new Route.Reopen(thread.issueId()) : new Route.Create(thread.issueId());
        }
        return facts.contactRequests().stream()
                .filter(r -> r.serviceDeskId() == facts.targetServiceDeskId() && !r.resolved())
                .filter(r -> r.updated().plus(settings.mergeWindow()).isAfter(now))
                .max(Comparator.comparing(RequestState::updated))
                .<Route>map(r -> new Route.Comment(r.issueId()))
                .orElse(new Route.Create(0));
    }

    private static Optional<String> noise(InboundPost post, RoutingSettings settings) {
        if (post.text().isBlank()) {
            return Optional.of("no text");
        }
        if (settings.blockedHandles().contains(post.author().handle().toLowerCase(Locale.ROOT))) {
            return Optional.of("blocked handle");
        }
        String text = post.text().toLowerCase(Locale.ROOT);
        return settings.blockWords().stream().filter(text::contains).findFirst().map(w -> "block word");
    }
}
