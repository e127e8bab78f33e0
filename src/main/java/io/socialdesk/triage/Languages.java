package io.socialdesk.triage;

import java.lang.Character.UnicodeScript;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A post's language: the network's own tag when it sends one (Mastodon, Bluesky, X), else what the writing system
 * alone tells for systems used by one main language (Arabic, Hebrew, Greek, Thai, Korean, Japanese kana, Chinese
 * Han); Latin or Cyrillic text without a tag stays unknown rather than guessed.
 */
public final class Languages {
    private static final Map<UnicodeScript, String> BY_SCRIPT = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            UnicodeScript.ARABIC, "ar", UnicodeScript.HEBREW, "he", UnicodeScript.GREEK, "el",
            UnicodeScript.THAI, "th", UnicodeScript.HANGUL, "ko", UnicodeScript.HIRAGANA, "ja",
            UnicodeScript.KATAKANA, "ja", UnicodeScript.HAN, "zh")));

    private Languages() {
    }

    /** The primary subtag of a language tag ("pt-BR" → "pt"), if it names one. */
    public static Optional<String> primary(Optional<String> tag) {
        return tag.map(t -> t.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]).filter(t -> t.matches("[a-z]{2,3}"));
    }

    static Optional<String> of(String text, Optional<String> tag) {
        Optional<String> tagged = primary(tag);
        if (tagged.isPresent()) {
            return tagged;
        }
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp ->
                counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        // kana anywhere means Japanese even where Han characters outnumber it
        if (counts.containsKey(UnicodeScript.HIRAGANA) || counts.containsKey(UnicodeScript.KATAKANA)) {
            return Optional.of("ja");
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> BY_SCRIPT.get(e.getKey()));
    }

    /** Whether the text reads as English for the sentiment model: tagged so, or untagged Latin text. */
    static boolean english(String text, Optional<String> language) {
        if (language.isPresent()) {
            return language.get().equals("en");
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(Character::isLetter)
                .filter(cp -> UnicodeScript.of(cp) == UnicodeScript.LATIN).count();
        return letters > 0 && latin * 10 >= letters * 9;
    }
}
