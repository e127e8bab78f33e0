package io.socialdesk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerNumbersTest {
    @Test
    void givenThePattern_whenReadingText_thenEachNumberOnceAndNothingWithoutAPattern() {
        CustomerNumbers numbers = new CustomerNumbers("CUST-[0-9]{6}");

        assertThat(numbers.in("my number is CUST-123456, CUST-123456 again, and CUST-654321"))
                .containsExactly("CUST-123456", "CUST-654321");
        assertThat(numbers.in("no number here")).isEmpty();
        assertThat(new CustomerNumbers("").in("CUST-123456")).isEmpty();
        assertThat(new CustomerNumbers("(unclosed").in("CUST-123456")).isEmpty();
    }

    @Test
    void givenAPatternThatBacktracksCatastrophically_whenReadingHostileText_thenItGivesUpInsteadOfHanging() {
        CustomerNumbers numbers = new CustomerNumbers("(a+)+$");

        // without the budget this takes longer than the universe has left (2^40 paths)
        assertThat(numbers.in("a".repeat(40) + "b")).isEmpty();
    }
}
