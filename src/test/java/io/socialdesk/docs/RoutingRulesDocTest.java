package io.socialdesk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.automation.SocialEventType;
import io.socialdesk.intake.RouteOutcome;
import io.socialdesk.matching.MatchedBy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The routing rules table in docs/architecture.md speaks the Router's language: every outcome and every
 * {@code matchedBy} the code can record is in it, and it names no outcome, reason or event the code does not have.
 */
class RoutingRulesDocTest {
    private static final Pattern CODE = Pattern.compile("`([A-Za-z_]+)`");

    @Test
    void givenTheRoutersOutcomesAndReasons_whenReadingTheRulesTable_thenTheTableNamesExactlyThose() throws IOException {
        // given
        List<String[]> rows = rules().stream().map(row -> row.split("\\|")).toList();

        // when
        Set<String> outcomes = rows.stream().flatMap(cells -> CODE.matcher(cells[3]).results())
                .map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> reasons = rows.stream().flatMap(cells -> CODE.matcher(cells[4]).results())
                .map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> events = rows.stream().flatMap(cells -> Arrays.stream(cells[5].split("/")))
                .map(String::strip).filter(e -> !e.equals("—")).collect(Collectors.toSet());

        // then
        assertThat(outcomes).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RouteOutcome.values()).map(Enum::name).toList());
        assertThat(reasons).containsExactlyInAnyOrderElementsOf(Arrays.stream(MatchedBy.values())
                .filter(m -> m != MatchedBy.AGENT).map(MatchedBy::key).toList());
        Set<String> eventNames = Arrays.stream(SocialEventType.values())
                .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.toSet());
        assertThat(events).allSatisfy(e -> assertThat(eventNames).contains(e));
    }

    @Test
    void givenTheRulesTable_whenCountingItsRows_thenEveryRuleHasAnOutcome() throws IOException {
        assertThat(rules()).isNotEmpty().allSatisfy(row -> assertThat(CODE.matcher(row.split("\\|")[3]).results()
                .map(MatchResult::group).toList()).as(row).isNotEmpty());
    }

    /** The rows of the table headed "| # | Rule | Outcome | `matchedBy` | Event |". */
    private static List<String> rules() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf("| # | Rule | Outcome | `matchedBy` | Event |");
        assertThat(header).as("the routing rules table").isNotNegative();
        return lines.subList(header + 2, lines.size()).stream().takeWhile(l -> l.startsWith("|")).toList();
    }
}
