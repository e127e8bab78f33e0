package io.socialdesk.text;

import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.tartarus.snowball.SnowballProgram;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The Snowball stemmers Lucene's analyzers carry (the library is already embedded for the stop word lists), by
 * primary language subtag. A language without one keeps its words as they are. A Snowball program keeps state, so
 * each text gets its own.
 */
final class Stemmers {
    private static final Map<String, Supplier<SnowballProgram>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", EnglishStemmer::new), Map.entry("es", SpanishStemmer::new),
            Map.entry("de", GermanStemmer::new), Map.entry("fr", FrenchStemmer::new),
            Map.entry("pt", PortugueseStemmer::new), Map.entry("it", ItalianStemmer::new),
            Map.entry("nl", DutchStemmer::new), Map.entry("ca", CatalanStemmer::new),
            Map.entry("da", DanishStemmer::new), Map.entry("fi", FinnishStemmer::new),
            Map.entry("hu", HungarianStemmer::new), Map.entry("no", NorwegianStemmer::new),
            Map.entry("nb", NorwegianStemmer::new), Map.entry("ro", RomanianStemmer::new),
            Map.entry("ru", RussianStemmer::new), Map.entry("sv", SwedishStemmer::new),
            Map.entry("tr", TurkishStemmer::new));

    private Stemmers() {
    }

    static UnaryOperator<String> of(String language) {
        Supplier<SnowballProgram> make = BY_LANGUAGE.get(language);
        if (make == null) {
            return UnaryOperator.identity();
        }
        SnowballProgram stemmer = make.get();
        return word -> {
            stemmer.setCurrent(word.replace("'", ""));
            stemmer.stem();
            return stemmer.getCurrent();
        };
    }
}
