package io.socialdesk.text;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The words that say nothing about a post's subject: English's (with the words of complaint itself, "still", "why",
 * "again"), for every post since posts mix English in, and the post's own language's from Lucene's analyzers (the
 * Snowball and Lucene lists the library already embedded for VADER carries), so two Spanish posts are not alike
 * for sharing "de", "la" and "que". Elided articles ("l'appli", "dell'app") lose their article first.
 */
public final class StopWords {
    private static final Set<String> ENGLISH = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but", "by",
            "can", "could", "did", "do", "does", "for", "from", "get", "got", "had", "has", "have", "he", "her", "his",
            "how", "i", "i'm", "im", "if", "in", "into", "is", "it", "it's", "its", "just", "me", "my", "no", "not",
            "of", "on", "or", "our", "out", "she", "so", "that", "the", "their", "them", "then", "there", "they",
            "this", "to", "too", "up", "us", "was", "we", "were", "what", "when", "where", "which", "who", "why",
            "will", "with", "would", "you", "your", "yours", "all", "any", "again", "still", "now", "today", "anyone",
            "else", "hey", "hi", "hello", "please", "pls", "guys", "ok", "okay", "really", "very", "lol", "omg", "wtf",
            "than", "some", "am", "off", "one", "also", "only", "even", "ever", "yet", "going", "know", "like");
    /** Lucene's lists by primary language subtag; each is read from the jar once, when a post first needs it. */
    private static final Map<String, Supplier<CharArraySet>> LISTS = Map.ofEntries(
            Map.entry("bg", BulgarianAnalyzer::getDefaultStopSet), Map.entry("ca", CatalanAnalyzer::getDefaultStopSet),
            Map.entry("cs", CzechAnalyzer::getDefaultStopSet), Map.entry("da", DanishAnalyzer::getDefaultStopSet),
            Map.entry("de", GermanAnalyzer::getDefaultStopSet), Map.entry("el", GreekAnalyzer::getDefaultStopSet),
            Map.entry("es", SpanishAnalyzer::getDefaultStopSet), Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
            Map.entry("fr", FrenchAnalyzer::getDefaultStopSet), Map.entry("hu", HungarianAnalyzer::getDefaultStopSet),
            Map.entry("id", IndonesianAnalyzer::getDefaultStopSet), Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
            Map.entry("nl", DutchAnalyzer::getDefaultStopSet), Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet), Map.entry("nn", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet), Map.entry("ro", RomanianAnalyzer::getDefaultStopSet),
            Map.entry("ru", RussianAnalyzer::getDefaultStopSet), Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
            Map.entry("tr", TurkishAnalyzer::getDefaultStopSet));
    /**
     * Articles and prepositions French, Italian and Catalan join to the next word with an apostrophe (the lists of
     * Lucene's French, Italian and Catalan analyzers, which apply them in their ElisionFilter).
     */
    private static final Set<String> ELIDED = Set.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
            "lorsqu", "puisqu", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
            "negl", "sugl", "un", "v");

    private static final Set<String> ELIDING = Set.of("fr", "it", "ca");

    private StopWords() {
    }

    /** Whether {@code word} (lower case) is a stop word in English or in {@code language} (a primary subtag). */
    public static boolean contains(String word, Optional<String> language) {
        return ENGLISH.contains(word) || language.map(LISTS::get).map(list -> list.get().contains(word)).orElse(false);
    }

    /**
     * The word without an elided article in front ("l'appli" → "appli") in French, Italian and Catalan; as it is
     * otherwise (English "it's" keeps its apostrophe and is a stop word as such).
     */
    public static String withoutElision(String word, Optional<String> language) {
        if (language.filter(ELIDING::contains).isEmpty()) {
            return word;
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe > 0 && apostrophe < word.length() - 1 && ELIDED.contains(word.substring(0, apostrophe))) {
            return word.substring(apostrophe + 1);
        }
        return word;
    }
}
