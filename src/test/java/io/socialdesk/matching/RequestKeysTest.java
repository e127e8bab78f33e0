package io.socialdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys as customers write them, and the look-alikes that are no key of theirs. */
class RequestKeysTest {
    private static final List<String> KEYS = List.of("CS-1", "CS-12", "HELP-7");

    @Test
    void givenTheWaysCustomersWriteAKey_whenRead_thenEachNamesIt() {
        for (String text : List.of("my ticket CS-1 is open", "ticket cs 1?", "re: cs1", "#CS-1 please",
                "see https://jira.acme.example/browse/CS-1", "portal/2/CS-1 still open", "CS-001", "CS-1の件",
                "(CS_1)")) {
            assertThat(RequestKeys.named(text, KEYS)).as(text).containsExactly("CS-1");
        }
    }

    @Test
    void givenLookAlikes_whenRead_thenNoKeyIsNamed() {
        for (String text : List.of("CS-13 is not mine", "ABCS-1", "CS-10", "css 1", "2CS-1x5")) {
            assertThat(RequestKeys.named(text, List.of("CS-1"))).as(text).isEmpty();
        }
    }

    @Test
    void givenTwoKeys_whenRead_thenBothAreNamedInTheirOrder() {
        assertThat(RequestKeys.named("help-7 and CS-12", KEYS)).containsExactly("CS-12", "HELP-7");
    }
}
