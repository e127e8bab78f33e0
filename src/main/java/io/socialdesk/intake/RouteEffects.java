package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.contact.Contact;
import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;

/**
 * Applies a route to JSM so that a retry after a crash at any point repeats nothing: the interaction is marked
 * ROUTING before the first effect, a create first looks for the request an earlier attempt made (issue property),
 * a comment is skipped if the request already has the comment for this interaction.
 */
public final class RouteEffects {
    private final RequestDesk desk;
    private final InteractionLog log;

    public RouteEffects(RequestDesk desk, InteractionLog log) {
        this.desk = desk;
        this.log = log;
    }

    public void apply(ChannelAccount account, Interaction interaction, Contact contact, Route route) {
        if (route instanceof Route.Skip skip) {
            log.markSkipped(interaction.id(), skip.reason());
            return;
        }
        log.markRouting(interaction.id(), contact.id());
        String body = InboundText.body(account.kind(), interaction.post());
        String actor = account.intakeUserKey();
        long issueId = switch (route) {
            case Route.Comment onto -> {
                desk.comment(onto.issueId(), interaction.id(), body, false, actor);
                yield onto.issueId();
            }
            case Route.Reopen onto -> {
                desk.reopen(onto.issueId(), actor);
                desk.comment(onto.issueId(), interaction.id(), body, false, actor);
                yield onto.issueId();
            }
            case Route.Create create -> {
                RequestState created = desk.createdFor(interaction.id()).orElseGet(() -> desk.create(
                        new NewRequest(account.target(), InboundText.summary(account.kind(), interaction.post()),
                                body, contact.customerKey(), interaction.id(), actor)));
                if (create.relatedIssueId() > 0) {
                    desk.link(created.issueId(), create.relatedIssueId(), actor);
                }
                yield created.issueId();
            }
            case Route.Skip skip -> throw new IllegalStateException("handled above: " + skip);
        };
        log.markRouted(interaction.id(), issueId);
    }
}
