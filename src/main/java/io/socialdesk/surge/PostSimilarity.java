package io.socialdesk.surge;

import io.socialdesk.intake.Interaction;
import io.socialdesk.text.Terms;
import io.socialdesk.triage.Triage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How alike two posts are for incident clustering: the cosine of their word counts ({@link Terms#words}: mentions,
 * links, numbers, the stop words of English and of the post's language and the words of complaint itself dropped;
 * plurals reduced; Chinese and Japanese read as character pairs). A post with no words left is alike to nothing.
 * Measured on labelled pairs in PostSimilarityTest.
 */
public final class PostSimilarity {
    /** Words kept per incident: the subject's words, not the long tail of every member's phrasing. */
    static final int INCIDENT_TERMS = 40;

    private PostSimilarity() {
    }

    /** The words of a stored post with their counts: its triage's language, else the network's tag, says which. */
    public static Map<CharSequence, Integer> terms(Interaction post) {
        return terms(post.post().text(), post.triage().flatMap(Triage::language).or(() -> post.post().language()));
    }

    /** The words of an English or untagged post with their counts, as compared. */
    public static Map<CharSequence, Integer> terms(String text) {
        return terms(text, Optional.empty());
    }

    /** The words of a post in {@code languageTag} with their counts, as compared. */
    public static Map<CharSequence, Integer> terms(String text, Optional<String> languageTag) {
        return Terms.words(text, languageTag);
    }

    /** Cosine of the two word counts, 0 (nothing shared) to 1 (the same words in the same proportions). */
    public static double similarity(Map<CharSequence, Integer> left, Map<CharSequence, Integer> right) {
        return Terms.cosine(left, right);
    }

    /** Adds a post's words to a running total (an incident's words are the sum of its first cluster's posts). */
    public static void add(Map<CharSequence, Integer> total, Map<CharSequence, Integer> post) {
        Terms.add(total, post);
    }

    /** The {@link #INCIDENT_TERMS} most frequent words, most frequent first (ties by word, for stable output). */
    public static Map<CharSequence, Integer> top(Map<CharSequence, Integer> total) {
        Map<CharSequence, Integer> top = new LinkedHashMap<>();
        total.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue())
                        ? a.getKey().toString().compareTo(b.getKey().toString()) : b.getValue() - a.getValue())
                .limit(INCIDENT_TERMS).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}
