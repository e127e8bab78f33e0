package io.socialdesk.matching;

import io.socialdesk.text.Terms;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much a post is about what a request is about: the share of the post's subject words (stemmed, chasing words
 * left out) that the request's text also has. Posts are short and requests long, so a cosine of the two would punish a request for its long description; the
 * post's coverage does not, and asking for two shared words keeps a single common word ("order") from deciding.
 */
final class TopicScores {
    /** How much of a long description is read: its start says what it is about. */
    private static final int DESCRIPTION_CHARACTERS = 1500;
    static final int MIN_SHARED = 2;

    private final Optional<String> language;
    private final TopicWords words;
    private final Map<CharSequence, Integer> post;

    /** One candidate's similarity with the post (0 to 1) and how many subject words they share. */
    record Score(CandidateRequest request, double similarity, int shared) {
        int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    TopicScores(String text, Optional<String> language, TopicWords words) {
        this.language = language;
        this.words = words;
        this.post = words.of(text, language);
    }

    /**
     * Whether the post has no subject of its own ("any update?", "thanks a lot!", "asking here as well"): at most one
     * word besides the chasing ones. Within a conversation such a post continues it.
     */
    boolean bare() {
        return post.size() <= 1;
    }

    /** How many subject words the post has. */
    int size() {
        return post.size();
    }

    Score of(CandidateRequest candidate, Iterable<String> comments) {
        Map<CharSequence, Integer> request = new HashMap<>();
        add(request, candidate.summary());
        add(request, candidate.description().length() > DESCRIPTION_CHARACTERS
                ? candidate.description().substring(0, DESCRIPTION_CHARACTERS) : candidate.description());
        candidate.posts().forEach(text -> add(request, text));
        comments.forEach(text -> add(request, text));
        if (post.isEmpty() || request.isEmpty()) {
            return new Score(candidate, 0, 0);
        }
        int shared = (int) post.keySet().stream().filter(request::containsKey).count();
        return new Score(candidate, (double) shared / post.size(), shared);
    }

    private void add(Map<CharSequence, Integer> terms, String text) {
        Terms.add(terms, words.of(text, language));
    }
}
