package io.socialdesk.correction;

import io.socialdesk.agent.IssueAccess;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.PostKind;
import io.socialdesk.contact.CustomerDirectory;
import io.socialdesk.intake.InboundText;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.RouteOutcome;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * What a move writes in Jira, in the words of the requests' keys and the agent's name: the contact's comment on the
 * target (as routing wrote it, plus where it came from), and the note that replaces it on the source.
 */
@Component
public class MoveTexts {
    private final IssueAccess issues;
    private final CustomerDirectory people;
    private final ChannelCatalog channels;

    @Inject
    public MoveTexts(IssueAccess issues, CustomerDirectory people, ChannelCatalog channels) {
        this.issues = issues;
        this.people = people;
        this.channels = channels;
    }

    /** The contact's comment on the target request. */
    String comment(Move move, Interaction interaction) {
        String label = channels.spec(interaction.channel()).map(ChannelSpec::label)
                .orElse(interaction.channel().key());
        return InboundText.body(label, interaction) + InboundText.placed("moved here from " + key(move.fromIssueId())
                + " by " + agent(move));
    }

    /** A call stays an internal note wherever it goes; a post stays a comment the customer sees. */
    static boolean internal(Interaction interaction) {
        return interaction.post().kind() == PostKind.CALL
                || interaction.outcome().filter(RouteOutcome.NOTED::equals).isPresent();
    }

    /** What the contact's comment on the source becomes. */
    String replaced(Move move) {
        return InboundText.placed("this contact was moved to " + key(move.toIssueId()) + " by " + agent(move)).strip();
    }

    /** The internal note on a source the contact opened (its words are the description, not a comment). */
    String opened(Move move) {
        return InboundText.placed("the contact that opened this request was moved to " + key(move.toIssueId())
                + " by " + agent(move)).strip();
    }

    String key(long issueId) {
        return issues.byId(issueId).map(IssueAccess.IssueRef::key).orElse("#" + issueId);
    }

    String agent(Move move) {
        return people.displayName(move.agentKey()).orElse(move.agentKey());
    }
}
