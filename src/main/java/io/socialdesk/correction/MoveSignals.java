package io.socialdesk.correction;

import io.socialdesk.admin.AdminAudit;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.intake.SignalPublisher;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What Automation, JQL and the audit log hear of a move: both requests' {@code socialdesk} property from their
 * contacts now (removed from a request with none left), *SocialDesk: contact moved* on the target, and an audit
 * entry naming both keys and the agent. At least once, like routing's signals.
 */
@Component
public class MoveSignals {
    private final InteractionLog log;
    private final MoveStore moves;
    private final SignalPublisher publisher;
    private final AdminAudit audit;
    private final MoveTexts texts;

    @Inject
    public MoveSignals(InteractionLog log, MoveStore moves, SignalPublisher publisher, AdminAudit audit,
                       MoveTexts texts) {
        this.log = log;
        this.moves = moves;
        this.publisher = publisher;
        this.audit = audit;
        this.texts = texts;
    }

    void moved(Move move, Optional<ChannelAccount> account) {
        Optional<Interaction> interaction = log.reload(move.interactionId());
        if (account.isPresent() && interaction.isPresent()) {
            String actor = account.get().intakeUserKey();
            publisher.signal(move.toIssueId(), SocialEventType.CONTACT_MOVED, account.get(), interaction.get(),
                    actor);
            publisher.refresh(move.fromIssueId(), account.get(), moves.newestOn(move.fromIssueId())
                    .flatMap(log::reload), actor);
        }
        audit.record(AdminAudit.Change.CONTACT_MOVED, Map.of(
                "socialdesk.audit.attr.from", texts.key(move.fromIssueId()),
                "socialdesk.audit.attr.to", texts.key(move.toIssueId()),
                "socialdesk.audit.attr.contact", Long.toString(move.contactId()),
                "socialdesk.audit.attr.agent", move.agentKey()));
    }
}
