package io.socialdesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Triage against 200 labelled posts (src/test/resources/triage/labelled-posts.tsv): precision and recall per intent
 * are written to target/triage-report.txt (the README quotes them); the test fails if the rules get worse than the
 * floors below, which sit under the measured figures.
 */
class PostTriageTest {
    private static final double FLOOR_OTHER_LANGUAGES = 0.9;
    /**
     * Precision and recall floors per intent on the held-out posts, under what was measured when they were written
     * (complaint 1.00 / 0.33, question 1.00 / 1.00, praise 1.00 / 0.67, other 0.50 / 1.00): the lists are precise but
     * miss wordings they do not hold (README).
     */
    private static final Map<Triage.Intent, double[]> HELD_OUT_FLOORS = Map.of(
            Triage.Intent.COMPLAINT, new double[] {0.9, 0.3}, Triage.Intent.QUESTION, new double[] {0.9, 0.9},
            Triage.Intent.PRAISE, new double[] {0.9, 0.6}, Triage.Intent.OTHER, new double[] {0.45, 0.9});
    record Labelled(Optional<String> language, Triage.Intent intent, String text) {
    }

    /** Precision and recall per intent, as a report to print and figures to check. */
    record Measured(String report, Map<Triage.Intent, double[]> figures) {
        /** Fails, with the report, if an intent's precision or recall is under its floor ({precision, recall}). */
        void atLeast(Function<Triage.Intent, double[]> floors) {
            figures.forEach((intent, f) -> {
                assertThat(f[0]).as(intent + " precision\n" + report).isGreaterThanOrEqualTo(floors.apply(intent)[0]);
                assertThat(f[1]).as(intent + " recall\n" + report).isGreaterThanOrEqualTo(floors.apply(intent)[1]);
            });
        }
    }

    @Test
    void givenTheLabelledPosts_whenTriaged_thenEachIntentsPrecisionAndRecallStayAboveTheirFloors() throws IOException {
        // given
        List<Labelled> posts = labelled("/triage/labelled-posts.tsv");

        // when
        Measured measured = measure(posts, "triage-report.txt");

        // then
        assertThat(posts).hasSize(200);
        measured.atLeast(intent -> new double[] {0.9, 0.9});
    }

    /**
     * Spanish, German, French and Portuguese posts, tagged with their language: their cue words find complaints and
     * praise (with English cue words alone, complaint recall was 0.00 and praise 0.29). The lists were written after
     * these posts by the same hand, so this is an upper bound; the held-out test below is the honest figure.
     */
    @Test
    void givenLabelledPostsInFourMoreLanguages_whenTriaged_thenEachIntentsPrecisionAndRecallStayAboveTheirFloors()
            throws IOException {
        // given
        List<Labelled> posts = labelled("/triage/labelled-posts-es-de-fr-pt.tsv");

        // when
        Measured measured = measure(posts, "triage-report-es-de-fr-pt.txt");

        // then
        assertThat(posts).hasSize(96);
        measured.atLeast(intent -> new double[] {FLOOR_OTHER_LANGUAGES, FLOOR_OTHER_LANGUAGES});
    }

    /**
     * Posts written after the lists and not used to change them: what the lists do on wordings they were not written
     * next to (README). The floors sit under the figures measured when they were written.
     */
    @Test
    void givenHeldOutPostsInFourMoreLanguages_whenTriaged_thenPrecisionAndRecallStayAboveTheirFloors()
            throws IOException {
        // given
        List<Labelled> posts = labelled("/triage/held-out-es-de-fr-pt.tsv");

        // when
        Measured measured = measure(posts, "triage-report-held-out.txt");

        // then
        assertThat(posts).hasSize(48);
        measured.atLeast(HELD_OUT_FLOORS::get);
    }

    private static Measured measure(List<Labelled> posts, String reportFile) throws IOException {
        Map<Triage.Intent, int[]> counts = new EnumMap<>(Triage.Intent.class); // true pos, false pos, false neg
        List<String> misses = new ArrayList<>();
        for (Triage.Intent intent : Triage.Intent.values()) {
            counts.put(intent, new int[3]);
        }
        for (Labelled post : posts) {
            Triage.Intent found = PostTriage.of(post.text(), post.language(), OptionalLong.empty()).intent();
            if (found == post.intent()) {
                counts.get(found)[0]++;
            } else {
                counts.get(found)[1]++;
                counts.get(post.intent())[2]++;
                misses.add(post.intent() + " read as " + found + ": " + post.text());
            }
        }
        StringBuilder report = new StringBuilder("intent      precision  recall  (" + posts.size() + " posts)\n");
        Map<Triage.Intent, double[]> figures = new EnumMap<>(Triage.Intent.class);
        counts.forEach((intent, c) -> {
            double precision = c[0] / (double) Math.max(1, c[0] + c[1]);
            double recall = c[0] / (double) Math.max(1, c[0] + c[2]);
            figures.put(intent, new double[] {precision, recall});
            report.append(String.format(Locale.ROOT, "%-11s %9.2f %7.2f%n", intent, precision, recall));
        });
        misses.forEach(miss -> report.append("miss: ").append(miss).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reportFile), report);
        return new Measured(report.toString(), figures);
    }

    @Test
    void givenPostsInOtherLanguagesAndScripts_whenTriaged_thenTheLanguageIsReadAndNoSentimentIsClaimed() {
        Triage arabic = PostTriage.of("هل يمكن الدفع عند الاستلام؟", Optional.empty(), OptionalLong.of(50));
        Triage japanese = PostTriage.of("配送にはどのくらいかかりますか？", Optional.empty(), OptionalLong.empty());
        Triage german = PostTriage.of("Wo ist mein Paket?", Optional.of("de-DE"), OptionalLong.of(20_000));

        assertThat(arabic.language()).contains("ar");
        assertThat(arabic.mood()).isEqualTo(Triage.Mood.UNSCORED);
        assertThat(arabic.sentiment()).isEmpty();
        assertThat(arabic.intent()).isEqualTo(Triage.Intent.QUESTION);
        assertThat(japanese.language()).contains("ja");
        assertThat(german.language()).contains("de");
        assertThat(german.tier()).isEqualTo(Triage.Tier.INFLUENTIAL);
    }

    @Test
    void givenEnglishPosts_whenTriaged_thenVaderScoresThemAndTheReasonsSayWhy() {
        Triage angry = PostTriage.of("My order is late again, this is terrible!!", Optional.of("en"),
                OptionalLong.of(150_000));
        Triage happy = PostTriage.of("Thanks, great support :)", Optional.empty(), OptionalLong.of(999));

        assertThat(angry.sentiment().getAsDouble()).isLessThan(-0.5);
        assertThat(angry.mood()).isEqualTo(Triage.Mood.NEGATIVE);
        assertThat(angry.intent()).isEqualTo(Triage.Intent.COMPLAINT);
        assertThat(angry.reasons()).anySatisfy(r -> assertThat(r).startsWith("complaint word"));
        assertThat(angry.tier()).isEqualTo(Triage.Tier.PROMINENT);
        assertThat(happy.sentiment().getAsDouble()).isGreaterThan(0.5);
        assertThat(happy.intent()).isEqualTo(Triage.Intent.PRAISE);
        assertThat(happy.tier()).isEqualTo(Triage.Tier.REGULAR);
    }

    /** Lines of {@code intent<TAB>post}, or {@code language<TAB>intent<TAB>post}; {@code #} starts a comment. */
    private static List<Labelled> labelled(String resource) throws IOException {
        List<Labelled> posts = new ArrayList<>();
        try (InputStream in = PostTriageTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    posts.add(parts.length == 2
                            ? new Labelled(Optional.empty(), Triage.Intent.valueOf(parts[0]), parts[1])
                            : new Labelled(Optional.of(parts[0]), Triage.Intent.valueOf(parts[1]), parts[2]));
                }
            }
        }
        return posts;
    }
}
