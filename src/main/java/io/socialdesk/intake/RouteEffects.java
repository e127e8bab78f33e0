package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.contact.Contact;
import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import java.util.Optional;

/**
 * Applies a route to JSM so that a retry after a crash at any point repeats nothing: the interaction was marked
 * ROUTING before the first effect (by {@link ContactRouting}, for the contact's whole pass); when an attempt found it
 * ROUTING already, a create first looks for the request an
 * earlier attempt made (issue property) and a comment is skipped if the request already has the comment for this
 * interaction (comment property). The outcome is stored with it.
 */
final class RouteEffects {
    /** {@code created} is the new request's state, so the batch knows it without asking Jira again. */
    record Routed(Optional<Long> issueId, RouteOutcome outcome, Optional<RequestState> created) {
    }

    private final RequestDesk desk;
    private final InteractionLog log;

    RouteEffects(RequestDesk desk, InteractionLog log) {
        this.desk = desk;
        this.log = log;
    }

    Routed apply(ChannelAccount account, String channelLabel, Interaction interaction, Contact contact, Route route) {
        // ROUTING before this attempt means an earlier one may have written to JSM before it stopped: only then are
        // its marks looked for, so a first attempt costs no lookups (RECEIVED is committed before any effect)
        boolean repeat = interaction.status() == RoutingStatus.ROUTING;
        String actor = account.intakeUserKey();
        return switch (route) {
            case Route.Skip skip -> done(interaction, RouteOutcome.SKIPPED, Optional.empty(), skip.reason(),
                    Optional.empty());
            case Route.HistoryOnly history -> done(interaction, RouteOutcome.HISTORY_ONLY, Optional.empty(),
                    history.reason(), Optional.empty());
            case Route.Comment onto -> {
                if (!repeat || !desk.commentedFor(interaction.id())) {
                    desk.comment(onto.issueId(), interaction.id(), InboundText.body(channelLabel, interaction),
                            onto.internal(), actor);
                }
                yield done(interaction, onto.outcome(), Optional.of(onto.issueId()), null, Optional.empty());
            }
            case Route.Reopen onto -> {
                desk.reopen(onto.issueId(), actor);
                if (!repeat || !desk.commentedFor(interaction.id())) {
                    desk.comment(onto.issueId(), interaction.id(), InboundText.body(channelLabel, interaction),
                            false, actor);
                }
                yield done(interaction, RouteOutcome.REOPENED, Optional.of(onto.issueId()), null, Optional.empty());
            }
            case Route.Create create -> {
                RequestState created = (repeat ? desk.createdFor(interaction.id()) : Optional.<RequestState>empty())
                        .orElseGet(() -> desk.create(
                        new NewRequest(account.target(), InboundText.summary(channelLabel, interaction),
                                InboundText.body(channelLabel, interaction), contact.customerKey(), interaction.id(),
                                actor)));
                if (create.relatedIssueId() > 0) {
                    desk.link(created.issueId(), create.relatedIssueId(), actor);
                }
                yield done(interaction, RouteOutcome.CREATED, Optional.of(created.issueId()), null,
                        Optional.of(created));
            }
        };
    }

    private Routed done(Interaction interaction, RouteOutcome outcome, Optional<Long> issueId, String reason,
                        Optional<RequestState> created) {
        log.markDone(interaction.id(), outcome, issueId, Optional.ofNullable(reason));
        return new Routed(issueId, outcome, created);
    }
}
