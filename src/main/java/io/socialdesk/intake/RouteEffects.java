package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.contact.Contact;
import io.socialdesk.matching.MatchedBy;
import io.socialdesk.media.MediaLanding;
import io.socialdesk.media.MediaPlan;
import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Applies a route to JSM so that a retry after a crash at any point repeats nothing: the interaction was marked
 * ROUTING before the first effect (by {@link ContactRouting}, for the contact's whole pass); when an attempt found it
 * ROUTING already, a create first looks for the request an
 * earlier attempt made (issue property) and a comment is skipped if the request already has the comment for this
 * interaction (comment property). The outcome is stored with it. A post's photos and videos are downloaded before
 * the text is written (so it shows exactly what is attached) and attached after it, each under a fixed name the
 * request is checked for first: a repeat attaches what the stopped attempt had not.
 */
@Component
public class RouteEffects {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RouteEffects.class);
    /**
     * {@code created} is the new request's state, so the pass knows it without asking Jira again; the caller stores
     * the outcome ({@link InteractionLog#markDone}).
     */
    record Routed(Optional<Long> issueId, RouteOutcome outcome, Optional<RequestState> created,
                  Optional<String> reason, Placement placement) {
    }

    private final RequestDesk desk;
    private final CommentAuthors authors;
    private final MediaLanding media;
    private final DeliverySettingsSource delivery;

    @Inject
    public RouteEffects(RequestDesk desk, CommentAuthors authors, MediaLanding media,
                        DeliverySettingsSource delivery) {
        this.desk = desk;
        this.authors = authors;
        this.media = media;
        this.delivery = delivery;
    }

    Routed apply(ChannelAccount account, String channelLabel, Interaction interaction, Contact contact, Route route) {
        if (route instanceof Route.Skip || route instanceof Route.HistoryOnly || interaction.post().media().isEmpty()) {
            return apply(account, channelLabel, interaction, contact, route, MediaPlan.NONE);
        }
        try (MediaPlan plan = media.plan(account, interaction.post(), delivery.delivery().mediaBytes())) {
            Routed routed = apply(account, channelLabel, interaction, contact, route, plan);
            routed.issueId().ifPresent(issue -> media.attach(issue, plan, account.intakeUserKey()));
            return routed;
        }
    }

    private Routed apply(ChannelAccount account, String channelLabel, Interaction interaction, Contact contact,
                         Route route, MediaPlan plan) {
        // ROUTING before this attempt means an earlier one may have written to JSM before it stopped: only then are
        // its marks looked for, so a first attempt costs no lookups (RECEIVED is committed before any effect)
        boolean repeat = interaction.status() == RoutingStatus.ROUTING;
        String actor = account.intakeUserKey();
        return switch (route) {
            case Route.Skip skip -> done(RouteOutcome.SKIPPED, Optional.empty(), skip.reason(),
                    Optional.empty(), Placement.NONE);
            case Route.HistoryOnly history -> done(RouteOutcome.HISTORY_ONLY, Optional.empty(),
                    history.reason(), Optional.empty(), Placement.NONE);
            case Route.Comment onto -> {
                if (!repeat || !desk.commentedFor(interaction.id())) {
                    // a thread's reply needs no explanation; a merge says why it is here
                    String why = onto.by() == MatchedBy.THREAD ? "" : InboundText.placed(onto.reason());
                    comment(onto.issueId(), interaction, InboundText.body(channelLabel, interaction, plan) + why,
                            onto.internal(), contact, actor);
                }
                yield done(onto.outcome(), Optional.of(onto.issueId()), onto.reason(), Optional.empty(),
                        Placement.by(onto.by()));
            }
            case Route.Reopen onto -> {
                desk.reopen(onto.issueId(), actor);
                if (!repeat || !desk.commentedFor(interaction.id())) {
                    comment(onto.issueId(), interaction, InboundText.body(channelLabel, interaction, plan), false, contact,
                            actor);
                }
                yield done(RouteOutcome.REOPENED, Optional.of(onto.issueId()), null, Optional.empty(),
                        Placement.by(MatchedBy.THREAD));
            }
            case Route.Create create -> {
                String body = InboundText.body(channelLabel, interaction, plan) + (create.possiblySame()
                        ? InboundText.placed(create.reason()) : "");
                RequestState created = (repeat ? desk.createdFor(interaction.id()) : Optional.<RequestState>empty())
                        .orElseGet(() -> desk.create(
                        new NewRequest(account.target(), InboundText.summary(channelLabel, interaction),
                                body, contact.customerKey(), interaction.id(), actor)));
                if (create.relatedIssueId() > 0) {
                    desk.link(created.issueId(), create.relatedIssueId(), actor);
                }
                yield done(RouteOutcome.CREATED, Optional.of(created.issueId()), create.reason(),
                        Optional.of(created), create.possiblySame() ? Placement.possibly(create.relatedIssueId())
                                : Placement.NONE);
            }
        };
    }

    /** Written as {@link CommentAuthors} says; if Jira refuses the customer's own comment, the intake user writes it. */
    private void comment(long issueId, Interaction interaction, String body, boolean internal, Contact contact,
                         String intake) {
        Optional<String> customer = authors.customerOf(contact.customerKey(), issueId, internal);
        if (customer.isPresent()) {
            try {
                desk.comment(issueId, interaction.id(), body, false, customer.get());
                return;
            } catch (RuntimeException refused) {
                LOG.info("Jira refused interaction {} as the customer's own comment on request {}; the intake user "
                        + "writes it: {}", interaction.id(), issueId, refused.getMessage());
            }
        }
        desk.comment(issueId, interaction.id(), body, internal, intake);
    }

    private static Routed done(RouteOutcome outcome, Optional<Long> issueId, String reason,
                               Optional<RequestState> created, Placement placement) {
        return new Routed(issueId, outcome, created, Optional.ofNullable(reason), placement);
    }
}
