package io.socialdesk.matching;

import io.socialdesk.text.Terms;
import io.socialdesk.triage.Languages;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The subject words of the texts one routing pass compares, each text stemmed once: a customer's posts in a pass are
 * each compared with the same requests (summary, description, what they said on them, their comments), and stemming
 * those again for every post made matching cost grow with the square of the customer's posts in a burst. One per
 * pass, on the pass's thread; it holds no more than the texts of the customer's candidate requests and posts.
 */
public final class TopicWords {
    private final Map<Key, Map<CharSequence, Integer>> read = new HashMap<>();

    /** Stems compare by the language's stemmer and chasing words, which the primary subtag decides. */
    private record Key(String language, String text) {
    }

    /** The text's stems without the chasing words, in the post's {@code language}; read-only. */
    Map<CharSequence, Integer> of(String text, Optional<String> language) {
        return read.computeIfAbsent(new Key(Languages.primary(language).orElse(""), text), key ->
                Collections.unmodifiableMap(FollowUps.without(Terms.stems(text, language), language)));
    }
}
