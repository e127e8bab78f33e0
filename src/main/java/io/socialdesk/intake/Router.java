package io.socialdesk.intake;

import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.request.RequestState;
import io.socialdesk.triage.Triage;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The routing rules, in order, first match wins; posts and calls go through the same rules. Duplicates never get
 * here: the unique key rejects them when they are recorded. Pure: the facts are gathered by {@link ContactRouting}.
 *
 * <ol>
 * <li>our own post or an echo of our reply: skipped, never a request;</li>
 * <li>noise (no text, blocked handle, block word): skipped with the reason;</li>
 * <li>same thread: a comment on the thread's open request; its request resolved within the reopen window is
 *     reopened; resolved longer ago, a new request linked to it;</li>
 * <li>praise (by triage), when the settings say so: its own new request, or the history only;</li>
 * <li>same customer: the customer's most recently contacted open request in the service desk, updated within the
 *     merge window: a public comment for a post, an internal note for a call;</li>
 * <li>else a new request for a post, and for a missed call or voicemail when the setting says so; any other call
 *     stays in the customer's history only.</li>
 * </ol>
 */
public final class Router {
    public Route decide(Interaction interaction, Optional<Triage> triage, RoutingFacts facts, RoutingSettings settings,
                        Instant now) {
        InboundPost post = interaction.post();
        boolean call = post.kind() == PostKind.CALL;
        if (!call) {
            if (facts.ownPost()) {
                return new Route.Skip("own post");
            }
            Optional<String> noise = noise(post, settings);
            if (noise.isPresent()) {
                return new Route.Skip(noise.get());
            }
            if (facts.thread().isPresent()) {
                return thread(facts.thread().get(), settings, now);
            }
            boolean praise = triage.map(t -> t.intent() == Triage.Intent.PRAISE).orElse(false);
            if (praise && settings.praise() == PraiseRouting.HISTORY) {
                return new Route.HistoryOnly("praise, kept in the history by the routing settings");
            }
            if (praise && settings.praise() == PraiseRouting.OWN_REQUEST) {
                return new Route.Create(0);
            }
        }
        Optional<RequestState> open = facts.openRequest()
                .filter(r -> !r.resolved() && r.updated().plus(settings.mergeWindow()).isAfter(now));
        if (open.isPresent()) {
            return new Route.Comment(open.get().issueId(), call ? RouteOutcome.NOTED : RouteOutcome.MERGED);
        }
        if (!call) {
            return new Route.Create(0);
        }
        boolean unanswered = interaction.disposition().map(d -> d.unanswered()).orElse(false);
        return unanswered && settings.missedCallCreatesRequest() ? new Route.Create(0)
                : new Route.HistoryOnly("no open request");
    }

    private static Route thread(RequestState thread, RoutingSettings settings, Instant now) {
        if (!thread.resolved()) {
            return new Route.Comment(thread.issueId(), RouteOutcome.THREAD);
        }
        boolean recent = thread.resolvedAt().map(r -> r.plus(settings.reopenWindow()).isAfter(now)).orElse(false);
        return recent ? new Route.Reopen(thread.issueId()) : new Route.Create(thread.issueId());
    }

    private static Optional<String> noise(InboundPost post, RoutingSettings settings) {
        if (post.text().isBlank() && settings.skipReposts()) {
            return Optional.of("no text of its own (a repost)");
        }
        if (settings.blockedHandles().contains(post.author().handle().toLowerCase(Locale.ROOT))) {
            return Optional.of("blocked handle");
        }
        String text = post.text().toLowerCase(Locale.ROOT);
        return settings.blockWords().stream().filter(text::contains).findFirst().map(w -> "block word");
    }
}
