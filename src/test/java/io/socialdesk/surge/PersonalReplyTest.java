package io.socialdesk.surge;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.ReplyRule;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PersonalReplyTest {
    private static final ReplyRule UNLIMITED = reply -> Optional.empty();

    @Test
    void givenACustomersPost_whenPersonalising_thenGreetedByFirstNameWithTheirOwnWordsQuoted() {
        // when
        Optional<String> text = PersonalReply.text("Fixed in 5.2.1.", post("Jane Doe", "@acme the cart crashes "
                + "https://t.co/x since the update"), UNLIMITED);

        // then
        assertThat(text).contains("Hi Jane, about “the cart crashes since the update”: Fixed in 5.2.1.");
    }

    @Test
    void givenATightLimit_whenPersonalising_thenTheQuoteShrinksThenGoesBeforeTheAnswerIsCut() {
        // given: at most 60 characters
        ReplyRule sixty = reply -> reply.text().length() <= 60 ? Optional.empty() : Optional.of("too long");
        InboundPost post = post("", "one two three four five six seven eight nine ten eleven twelve thirteen");

        // when / then
        assertThat(PersonalReply.text("Fixed.", post, sixty)).hasValueSatisfying(t -> assertThat(t)
                .startsWith("Hi jane_d, about “one two three").endsWith("…”: Fixed.").hasSizeLessThanOrEqualTo(60));
        assertThat(PersonalReply.text("x".repeat(55), post, sixty)).contains("x".repeat(55));
        assertThat(PersonalReply.text("x".repeat(61), post, sixty)).isEmpty();
    }

    private static InboundPost post(String name, String text) {
        return new InboundPost("9", PostKind.MENTION, text, Optional.empty(),
                new Author("7", "jane_d", name, OptionalLong.empty(), Optional.empty()), Instant.EPOCH,
                Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
