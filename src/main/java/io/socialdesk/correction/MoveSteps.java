package io.socialdesk.correction;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.intake.CommentAuthors;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * A move's steps, each safe to repeat, so whoever finds a move unfinished (the agent's request, or the intake job
 * after a crash) finishes it from where it stopped: STARTED — the target's comment, the source's comment replaced by
 * a note (or a note on a source the contact opened), then the contact's record moved, all of it in one transaction
 * with the stage; MOVED — both requests' properties from their contacts now, the event on the target, the audit
 * entry; DONE. The caller holds the contact's cluster lock.
 */
@Component
public class MoveSteps {
    private final InteractionLog log;
    private final MoveStore moves;
    private final MoveDesk desk;
    private final ChannelAccounts accounts;
    private final MoveTexts texts;
    private final MoveSignals signals;
    private final CommentAuthors authors;

    @Inject
    public MoveSteps(InteractionLog log, MoveStore moves, MoveDesk desk, ChannelAccounts accounts, MoveTexts texts,
                     MoveSignals signals, CommentAuthors authors) {
        this.authors = authors;
        this.log = log;
        this.moves = moves;
        this.desk = desk;
        this.accounts = accounts;
        this.texts = texts;
        this.signals = signals;
    }

    public void run(Move move) {
        Interaction interaction = log.reload(move.interactionId()).orElseThrow(() -> new IllegalStateException(
                "interaction " + move.interactionId() + " of move " + move.id() + " vanished"));
        // SocialDesk's own comments are written as the intake user, as routing wrote the original
        String actor = accounts.byId(move.accountId()).map(ChannelAccount::intakeUserKey).orElse(move.agentKey());
        Move current = move;
        if (current.stage() == Move.Stage.STARTED) {
            commentMoved(move, interaction, actor);
            if (desk.replaceComments(move.fromIssueId(), move.interactionId(), texts.replaced(move), actor) == 0) {
                desk.noteMoved(move.fromIssueId(), move.id(), texts.opened(move), actor);
            }
            moves.moved(move);
            current = move.at(Move.Stage.MOVED);
        }
        if (current.stage() == Move.Stage.MOVED) {
            signals.moved(current, accounts.byId(move.accountId()));
            moves.done(current);
        }
    }

    /**
     * The moved words on the target, written as routing would have written them there ({@link CommentAuthors}): a
     * customer moved between requests of their own writes it themselves and is not e-mailed it again.
     */
    private void commentMoved(Move move, Interaction interaction, String intake) {
        boolean internal = MoveTexts.internal(interaction);
        String body = texts.comment(move, interaction);
        java.util.Optional<String> customer = authors.customerOf(move.contactId(), move.toIssueId(), internal);
        if (customer.isPresent()) {
            try {
                desk.commentMoved(move.toIssueId(), move.id(), move.interactionId(), body, false, customer.get());
                return;
            } catch (RuntimeException refused) {
                // Jira would not let the customer comment there: the intake user writes it, as routing does
            }
        }
        desk.commentMoved(move.toIssueId(), move.id(), move.interactionId(), body, internal, intake);
    }
}
