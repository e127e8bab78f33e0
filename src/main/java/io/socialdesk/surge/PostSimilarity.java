package io.socialdesk.surge;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.socialdesk.intake.Interaction;
import io.socialdesk.triage.Languages;
import io.socialdesk.triage.Triage;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * How alike two posts are: the cosine of their word counts (Apache Commons Text's {@link CosineSimilarity}), after
 * dropping what every complaint shares and says nothing about its subject: mentions, links, numbers, the
 * {@link StopWords} of English and of the post's language, and the words of complaint itself ("still", "why",
 * "again"). Words are lower-cased, accents kept, a
 * plural 's' dropped, so "outage", "Outages" and "outage!!" count as one. A post with no words left is alike to
 * nothing. Measured on labelled pairs in PostSimilarityTest.
 */
public final class PostSimilarity {
    /** Words kept per incident: the subject's words, not the long tail of every member's phrasing. */
    static final int INCIDENT_TERMS = 40;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    private static final Pattern NOISE = Pattern.compile("(?iu)@\\S+|https?://\\S+|#");
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
        Optional<String> language = Languages.primary(languageTag);
        boolean english = language.map("en"::equals).orElse(true);
        String clean = NOISE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        Map<CharSequence, Integer> terms = new HashMap<>();
        Matcher words = WORD.matcher(clean);
        while (words.find()) {
            String raw = StopWords.withoutElision(words.group().replace('’', '\''), language);
            // stop words are looked up before the plural goes ("does" is not "doe"); the plural rules are English's
            // (Spanish "coches" is no "coch")
            String word = english ? stem(raw) : raw;
            if (word.length() > 1 && !StopWords.contains(raw, language) && !StopWords.contains(word, language)
                    && !word.chars().allMatch(Character::isDigit)) {
                terms.merge(word, 1, Integer::sum);
            }
        }
        return terms;
    }

    /** Cosine of the two word counts, 0 (nothing shared) to 1 (the same words in the same proportions). */
    public static double similarity(Map<CharSequence, Integer> left, Map<CharSequence, Integer> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        return new CosineSimilarity().cosineSimilarity(left, right);
    }

    /** Adds a post's words to a running total (an incident's words are the sum of its first cluster's posts). */
    public static void add(Map<CharSequence, Integer> total, Map<CharSequence, Integer> post) {
        post.forEach((word, count) -> total.merge(word, count, Integer::sum));
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

    /**
     * English plurals and third persons to their base, so the incident's words read as words ("crashes" is "crash",
     * "deliveries" is "delivery", "orders" is "order"); "ss" stays ("address").
     */
    private static String stem(String word) {
        String plain = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (plain.length() <= 3 || !plain.endsWith("s") || plain.endsWith("ss")) {
            return plain;
        }
        if (plain.endsWith("ies") && plain.length() > 4) {
            return plain.substring(0, plain.length() - 3) + "y";
        }
        if (plain.endsWith("ches") || plain.endsWith("shes") || plain.endsWith("sses") || plain.endsWith("xes")) {
            return plain.substring(0, plain.length() - 2);
        }
        return plain.substring(0, plain.length() - 1);
    }
}
