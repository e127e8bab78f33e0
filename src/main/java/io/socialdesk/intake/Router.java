package io.socialdesk.intake;

import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.matching.CandidateRequest;
import io.socialdesk.matching.Match;
import io.socialdesk.matching.MatchedBy;
import io.socialdesk.matching.RequestMatcher;
import io.socialdesk.request.RequestState;
import io.socialdesk.triage.Triage;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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
 * <li>the customer's open requests in the service desk, whatever channel raised them ({@link RequestMatcher}): the
 *     request whose key the post names, else the one it shares its topic with, else their SocialDesk conversation
 *     updated within the merge window (as the settings allow): a public comment. A call is an internal note on the
 *     customer's most recently updated open request, if it was updated within the merge window;</li>
 * <li>else a new request for a post (linked to the closest of the customer's requests when one came near), and for a
 *     missed call or voicemail when the setting says so; any other call stays in the customer's history only.</li>
 * </ol>
 */
public final class Router {
    private final RequestMatcher matcher = new RequestMatcher();

    public Route decide(Interaction interaction, Optional<Triage> triage, RoutingFacts facts, RoutingSettings settings,
                        Instant now) {
        InboundPost post = interaction.post();
        if (post.kind() == PostKind.CALL) {
            return call(interaction, facts.candidates().get(), settings, now);
        }
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
            return Route.Create.fresh("praise gets its own request by the routing settings");
        }
        RoutingFacts.Candidates candidates = facts.candidates().get();
        Optional<CandidateRequest> conversation = candidates.conversation()
                .filter(c -> recent(c.state(), settings, now));
        Match match = matcher.match(new RequestMatcher.Input(post.text(),
                triage.flatMap(Triage::language).or(post::language), praise,
                candidates.requests().stream().filter(c -> !c.state().resolved()).toList(), conversation,
                settings.matching()), candidates.comments(), candidates.words());
        return switch (match) {
            case Match.Onto onto -> new Route.Comment(onto.request().issueId(), RouteOutcome.MERGED, onto.by(),
                    onto.reason());
            case Match.Apart apart -> apart.possible()
                    .map(p -> new Route.Create(p.issueId(), true, apart.reason()))
                    .orElseGet(() -> Route.Create.fresh(apart.reason()));
        };
    }

    /** A call joins the customer's most recently updated open request, whichever channel raised it. */
    private static Route call(Interaction interaction, RoutingFacts.Candidates candidates, RoutingSettings settings,
                              Instant now) {
        Optional<CandidateRequest> latest = Stream.concat(candidates.requests().stream(),
                        candidates.conversation().stream())
                .filter(c -> !c.state().resolved() && recent(c.state(), settings, now))
                .max(Comparator.comparing(c -> c.state().updated()));
        if (latest.isPresent()) {
            return new Route.Comment(latest.get().issueId(), RouteOutcome.NOTED, MatchedBy.CUSTOMER,
                    "noted here: the customer's most recently updated open request");
        }
        boolean unanswered = interaction.disposition().map(d -> d.unanswered()).orElse(false);
        return unanswered && settings.missedCallCreatesRequest()
                ? Route.Create.fresh("a missed call or voicemail without an open request")
                : new Route.HistoryOnly("no open request");
    }

    private static boolean recent(RequestState request, RoutingSettings settings, Instant now) {
        return request.updated().plus(settings.mergeWindow()).isAfter(now);
    }

    private static Route thread(RequestState thread, RoutingSettings settings, Instant now) {
        if (!thread.resolved()) {
            return new Route.Comment(thread.issueId(), RouteOutcome.THREAD, MatchedBy.THREAD,
                    "a reply in a conversation already on " + thread.key());
        }
        boolean recent = thread.resolvedAt().map(r -> r.plus(settings.reopenWindow()).isAfter(now)).orElse(false);
        return recent ? new Route.Reopen(thread.issueId())
                : new Route.Create(thread.issueId(), false, "its conversation's request " + thread.key()
                        + " was resolved long ago");
    }

    private static Optional<String> noise(InboundPost post, RoutingSettings settings) {
        // a photo of the broken parcel says enough without words: only a post with neither is a repost
        if (post.text().isBlank() && post.media().isEmpty() && settings.skipReposts()) {
            return Optional.of("no text of its own (a repost)");
        }
        if (settings.blockedHandles().contains(post.author().handle().toLowerCase(Locale.ROOT))) {
            return Optional.of("blocked handle");
        }
        String text = post.text().toLowerCase(Locale.ROOT);
        return settings.blockWords().stream().filter(text::contains).findFirst().map(w -> "block word");
    }
}
