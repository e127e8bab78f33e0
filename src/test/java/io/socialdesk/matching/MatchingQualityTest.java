package io.socialdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merge decisions on the labelled cases (src/test/resources/matching), with the default settings: precision of
 * "merge onto X" (of the posts merged, how many went where an agent would put them) and recall (of the posts that
 * belong on a request, how many got there). The held-out cases were written before the rules and never used to
 * tune them. The README's tables are this test's output; the floors keep what was measured.
 */
class MatchingQualityTest {
    record Tally(int merged, int mergedRight, int belong, int found, int possibleWanted, int possibleFound,
                 List<String> wrong) {
        double precision() {
            return merged == 0 ? 1 : (double) mergedRight / merged;
        }

        double recall() {
            return belong == 0 ? 1 : (double) found / belong;
        }
    }

    static Tally measure(List<LabelledCases.Case> cases, MatchSettings settings, Map<MatchedBy, int[]> byRule) {
        RequestMatcher matcher = new RequestMatcher();
        int merged = 0;
        int right = 0;
        int belong = 0;
        int found = 0;
        int possibleWanted = 0;
        int possibleFound = 0;
        List<String> wrong = new ArrayList<>();
        for (LabelledCases.Case c : cases) {
            Match match = matcher.match(LabelledCases.input(c, settings), LabelledCases.comments(c));
            boolean shouldMerge = !"new".equals(c.expect);
            belong += shouldMerge ? 1 : 0;
            if (match instanceof Match.Onto onto) {
                merged++;
                boolean ok = onto.request().key().equals(c.expect);
                right += ok ? 1 : 0;
                found += ok ? 1 : 0;
                int[] rule = byRule.computeIfAbsent(onto.by(), r -> new int[2]);
                rule[0]++;
                rule[1] += ok ? 1 : 0;
                if (!ok) {
                    wrong.add(c.id + " → " + onto.request().key() + " by " + onto.by().key() + " (expected "
                            + c.expect + ")");
                }
            } else if (match instanceof Match.Apart apart) {
                if (shouldMerge) {
                    wrong.add(c.id + " → new (" + apart.reason() + "; expected " + c.expect + ")");
                }
                if (c.possible != null) {
                    possibleWanted++;
                    possibleFound += apart.possible().filter(p -> p.key().equals(c.possible)).isPresent() ? 1 : 0;
                }
            }
        }
        return new Tally(merged, right, belong, found, possibleWanted, possibleFound, wrong);
    }

    private static Tally report(String name, MatchSettings settings) {
        Map<MatchedBy, int[]> byRule = new EnumMap<>(MatchedBy.class);
        List<LabelledCases.Case> cases = LabelledCases.read(name);
        Tally tally = measure(cases, settings, byRule);
        System.out.printf("%s (%d cases): merged %d, right %d: precision %.3f; belong %d, found %d: recall %.3f; "
                        + "possible %d/%d%n", name, cases.size(), tally.merged(), tally.mergedRight(),
                tally.precision(), tally.belong(), tally.found(), tally.recall(), tally.possibleFound(),
                tally.possibleWanted());
        byRule.forEach((rule, n) -> System.out.printf("  %s: %d merged, %d right%n", rule.key(), n[0], n[1]));
        tally.wrong().forEach(w -> System.out.println("  " + w));
        return tally;
    }

    @Test
    void givenTheHeldOutCases_whenMatchedWithTheDefaults_thenMergesArePreciseAndMostAreFound() {
        // when
        Tally tally = report("held-out.json", MatchSettings.defaults());

        // then
        assertThat(tally.precision()).as("precision of merge onto X, held out").isGreaterThanOrEqualTo(0.95);
        assertThat(tally.recall()).as("recall, held out").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void givenTheDevelopmentCases_whenMatchedWithTheDefaults_thenMergesArePreciseAndMostAreFound() {
        // when
        Tally tally = report("labelled.json", MatchSettings.defaults());

        // then
        assertThat(tally.precision()).as("precision of merge onto X, development").isGreaterThanOrEqualTo(0.95);
        assertThat(tally.recall()).as("recall, development").isGreaterThanOrEqualTo(0.85);
        assertThat(tally.possibleFound()).as("close requests offered as possibly the same").isGreaterThanOrEqualTo(12);
    }
}
