package io.socialdesk.text;

import io.socialdesk.triage.Languages;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * The words of a short text with their counts, as incident clustering and request matching compare them: mentions,
 * links, numbers and the {@link StopWords} of English and of the text's language dropped, lower-cased, accents kept.
 * Chinese and Japanese are written without spaces, so their runs of Han and kana count as overlapping character pairs
 * (the usual way to compare such text without a dictionary), leaving out pairs of kana alone, which are endings and
 * particles ("です", "ました") rather than subjects.
 */
public final class Terms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    private static final Pattern NOISE = Pattern.compile("(?iu)@\\S+|https?://\\S+|#");

    private Terms() {
    }

    /**
     * The words as read, English plurals and third persons reduced to their base ("crashes" is "crash"), so they
     * still read as words where they are shown (an incident's words).
     */
    public static Map<CharSequence, Integer> words(String text, Optional<String> languageTag) {
        Optional<String> language = Languages.primary(languageTag);
        boolean english = language.map("en"::equals).orElse(true);
        return read(text, language, english ? Terms::englishBase : UnaryOperator.identity(), false);
    }

    /**
     * The words reduced to their stems by the Snowball stemmer of the text's language (English for untagged text),
     * so "leaking", "leaks" and "leaked" count as one: for comparing, never for showing. Numbers of three digits or
     * more are kept as words here: an order or invoice number names one case better than any word.
     */
    public static Map<CharSequence, Integer> stems(String text, Optional<String> languageTag) {
        Optional<String> language = Languages.primary(languageTag);
        return read(text, language, Stemmers.of(language.orElse("en")), true);
    }

    /** Cosine of two word counts, 0 (nothing shared) to 1 (the same words in the same proportions). */
    public static double cosine(Map<CharSequence, Integer> left, Map<CharSequence, Integer> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        return new CosineSimilarity().cosineSimilarity(left, right);
    }

    /** Adds one text's counts to a running total. */
    public static void add(Map<CharSequence, Integer> total, Map<CharSequence, Integer> terms) {
        terms.forEach((word, count) -> total.merge(word, count, Integer::sum));
    }

    private static Map<CharSequence, Integer> read(String text, Optional<String> language,
                                                   UnaryOperator<String> reduce, boolean numbers) {
        String clean = NOISE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        Map<CharSequence, Integer> terms = new HashMap<>();
        Matcher words = WORD.matcher(clean);
        while (words.find()) {
            String token = words.group().replace('’', '\'');
            int start = 0;
            // a token may mix scripts ("cs-251の件"): each run of Han or kana is read as pairs, the rest as a word
            for (int i = 0; i <= token.length(); i++) {
                boolean boundary = i == token.length() || i > start && cjk(token.charAt(i)) != cjk(token.charAt(i - 1));
                if (boundary && i > start) {
                    String run = token.substring(start, i);
                    if (cjk(run.charAt(0))) {
                        pairs(run, terms);
                    } else {
                        word(run, language, reduce, numbers, terms);
                    }
                    start = i;
                }
            }
        }
        return terms;
    }

    private static void word(String raw, Optional<String> language, UnaryOperator<String> reduce, boolean numbers,
                             Map<CharSequence, Integer> terms) {
        if (raw.chars().allMatch(Character::isDigit)) {
            if (numbers && raw.length() >= 3) {
                terms.merge(raw, 1, Integer::sum);
            }
            return;
        }
        String plain = StopWords.withoutElision(raw, language);
        // stop words are looked up before the word is reduced ("does" is not "doe")
        if (StopWords.contains(plain, language)) {
            return;
        }
        String word = reduce.apply(plain);
        if (word.length() > 1 && !StopWords.contains(word, language)) {
            terms.merge(word, 1, Integer::sum);
        }
    }

    private static void pairs(String run, Map<CharSequence, Integer> terms) {
        if (run.length() == 1) {
            if (!kana(run.charAt(0))) {
                terms.merge(run, 1, Integer::sum);
            }
            return;
        }
        for (int i = 0; i + 1 < run.length(); i++) {
            if (!(kana(run.charAt(i)) && kana(run.charAt(i + 1)))) {
                terms.merge(run.substring(i, i + 2), 1, Integer::sum);
            }
        }
    }

    private static boolean cjk(char c) {
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || c == 'ー'
                || script == UnicodeScript.KATAKANA && c != '・';
    }

    private static boolean kana(char c) {
        return UnicodeScript.of(c) == UnicodeScript.HIRAGANA;
    }

    /**
     * English plurals and third persons to their base ("crashes" is "crash", "deliveries" is "delivery", "orders" is
     * "order"); "ss" stays ("address").
     */
    private static String englishBase(String word) {
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
