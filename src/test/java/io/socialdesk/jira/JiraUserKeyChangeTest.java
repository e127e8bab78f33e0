package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.correction.MoveStore;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.privacy.UserKeyReferences;
import io.socialdesk.store.AoSuggestions;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.surge.AnswerStore;
import io.socialdesk.surge.Surge;
import io.socialdesk.surge.SurgeMember;
import io.socialdesk.surge.SurgeStore;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Jira anonymizes agent "alice": her key becomes JIRAUSER10100 everywhere SocialDesk stored it, and nowhere else. */
class JiraUserKeyChangeTest {
    private static final UserPropertyChangeParameter CHANGE =
            new UserPropertyChangeParameter("alice", "JIRAUSER10100");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAnAgentsReplyAnswerMoveAndRejections_whenJiraChangesHerKey_thenEveryStoredKeyFollows(TestDatabase db) {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: a customer whose display name happens to be "alice" too, and what agent alice did
            node.receive(post("p-1", "501", "alice"), post("p-2", "502", "ben"));
            node.router().routePending(node.account);
            Interaction namedAlice = interaction(node, "p-1");
            Interaction ben = interaction(node, "p-2");
            SurgeStore surges = node.node.get(SurgeStore.class);
            Surge surge = surges.start(node.account.id(), IntakeFixture.START, 5, 1);
            SurgeMember member = new SurgeMember(surge.id(), ben.id(), ben.issueId(), 0.9, true, Optional.empty());
            surges.decide(List.of(member));
            AnswerStore answers = node.node.get(AnswerStore.class);
            long answer = answers.start(surge.id(), node.account.id(), "Fixed.", "alice", List.of(member),
                    IntakeFixture.START);
            answers.begin(answers.sends(answer).get(0), ben, "@ben Fixed.", "alice", IntakeFixture.START);
            node.node.get(MoveStore.class).start(ben.id(), node.account.id(), ben.contactId().orElseThrow(),
                    ben.issueId().orElseThrow(), ben.issueId().orElseThrow() + 1, "alice");
            node.node.get(AoSuggestions.class).reject(ben.contactId().orElseThrow(), "customer:alice", "alice");
            JiraUserKeyChange handler = new JiraUserKeyChange(node.node.get(UserKeyReferences.class));

            // when
            Collection<AffectedEntity> affected = handler.getAffectedEntities(CHANGE);
            ServiceResult result = handler.update(CHANGE);
            ServiceResult repeated = handler.update(CHANGE);

            // then: the reply (agent and author), the answer, the move, the rejection (by and target)
            assertThat(affected).singleElement().satisfies(entity -> {
                assertThat(entity.getNumberOfOccurrences()).isEqualTo(6L);
                assertThat(entity.getDescriptionKey()).isEqualTo(JiraUserKeyChange.DESCRIPTION_KEY);
            });
            assertThat(result.isValid()).isTrue();
            assertThat(repeated.isValid()).isTrue();
            UserKeyReferences references = node.node.get(UserKeyReferences.class);
            assertThat(references.count("alice")).isZero();
            assertThat(references.count("JIRAUSER10100")).isEqualTo(6);
            assertThat(node.ao.get(InteractionEntity.class, (int) namedAlice.id()).getAuthorName()).isEqualTo("alice");
        }
    }

    @Test
    void givenTheStoreFailing_whenJiraChangesAKey_thenTheResultSaysSoAndNothingIsThrown() {
        // given
        UserKeyReferences broken = mock(UserKeyReferences.class);
        when(broken.count("alice")).thenThrow(new IllegalStateException("database unavailable"));
        when(broken.rename("alice", "JIRAUSER10100")).thenThrow(new IllegalStateException("database unavailable"));
        JiraUserKeyChange handler = new JiraUserKeyChange(broken);

        // when
        Collection<AffectedEntity> affected = handler.getAffectedEntities(CHANGE);
        ServiceResult result = handler.update(CHANGE);

        // then
        assertThat(affected).isEmpty();
        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorCollection().getErrorMessages()).singleElement().asString()
                .contains("database unavailable");
    }

    private static Interaction interaction(IntakeFixture node, String externalId) {
        int id = node.ao.find(InteractionEntity.class, Query.select().where("EXTERNAL_ID = ?", externalId))[0]
                .getID();
        return node.node.get(InteractionLog.class).reload(id).orElseThrow();
    }

    private static InboundPost post(String id, String authorId, String name) {
        return new InboundPost(id, PostKind.MENTION, "my order " + id + " is late",
                Optional.of(URI.create("https://mastodon.example/@" + name + "/" + id)),
                new Author(authorId, name, name, OptionalLong.of(100), Optional.empty()), IntakeFixture.START,
                Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
