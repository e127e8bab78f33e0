package io.socialdesk.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which of a customer's open requests a post belongs on, in this order, first match wins: the post names
 * exactly one of their request keys; it is about what one request is about (clearly more than about any other, and
 * it is no praise); it
 * continues the customer's SocialDesk conversation of the merge window (as the settings allow); else it is a new
 * request, linked to the closest one when that came near. A wrong merge hides a customer's new problem inside an old
 * request, so every rule that is unsure leaves the post apart. Pure: the candidates and their comments are given.
 */
public final class RequestMatcher {
    /** How many of the closest requests have their customer comments read (each costs Jira a lookup). */
    static final int COMMENTS_READ_FOR = 3;
    /** Two requests this close to the post are a toss-up: neither is chosen by topic. */
    private static final double CLEAR_LEAD = 0.1;

    /**
     * What the post is and what it may be matched to; {@code praise}: triage reads it as praise, which thanks for
     * something rather than reports it, so it never joins a request by topic alone (a compliment on a store is not
     * the store's complaint). {@code conversation} may also be one of the candidates.
     */
    public record Input(String text, Optional<String> language, boolean praise, List<CandidateRequest> candidates,
                        Optional<CandidateRequest> conversation, MatchSettings settings) {
    }

    /** The customer's latest public comments on a request, read only for the few closest requests. */
    @FunctionalInterface
    public interface Comments {
        List<String> of(CandidateRequest request);
    }

    public Match match(Input input, Comments comments) {
        return match(input, comments, new TopicWords());
    }

    /** As {@link #match(Input, Comments)}, with the stems of texts the pass has compared already. */
    public Match match(Input input, Comments comments, TopicWords words) {
        Map<Long, CandidateRequest> all = new LinkedHashMap<>();
        input.candidates().forEach(c -> all.putIfAbsent(c.issueId(), c));
        input.conversation().ifPresent(c -> all.putIfAbsent(c.issueId(), c));
        Set<String> named = RequestKeys.named(input.text(), all.values().stream().map(CandidateRequest::key).toList());
        if (named.size() == 1) {
            CandidateRequest request = all.values().stream().filter(c -> named.contains(c.key())).findFirst()
                    .orElseThrow();
            return new Match.Onto(request, MatchedBy.KEY, 0, "added here because the post names " + request.key());
        }
        TopicScores topics = new TopicScores(input.text(), input.language(), words);
        List<TopicScores.Score> scores = scores(topics, all.values(), comments);
        Optional<TopicScores.Score> best = scores.stream().findFirst();
        Optional<TopicScores.Score> runnerUp = scores.stream().skip(1).findFirst();
        MatchSettings settings = input.settings();
        if (best.isPresent() && !input.praise() && best.get().similarity() >= settings.topic()
                && best.get().shared() >= Math.min(TopicScores.MIN_SHARED, topics.size())
                && runnerUp.map(r -> best.get().similarity() - r.similarity() >= CLEAR_LEAD).orElse(true)) {
            TopicScores.Score score = best.get();
            return new Match.Onto(score.request(), MatchedBy.TOPIC, score.percent(),
                    "added here because the post is about what " + score.request().key() + " is about ("
                            + score.percent() + " % alike)");
        }
        if (input.conversation().isPresent()) {
            CandidateRequest conversation = input.conversation().get();
            double alike = scores.stream().filter(s -> s.request().issueId() == conversation.issueId())
                    .mapToDouble(TopicScores.Score::similarity).findFirst().orElse(0);
            boolean continues = switch (settings.conversation()) {
                case ALWAYS -> true;
                case SAME_TOPIC -> topics.bare() || alike >= settings.possible();
                case NEVER -> false;
            };
            if (continues) {
                return new Match.Onto(conversation, MatchedBy.CONVERSATION, (int) Math.round(alike * 100),
                        "added here because it continues the customer's conversation on " + conversation.key());
            }
        }
        Optional<TopicScores.Score> close = best.filter(s -> s.similarity() >= settings.possible() && s.shared() > 0);
        return new Match.Apart(close.map(TopicScores.Score::request), close.map(TopicScores.Score::percent).orElse(0),
                close.map(s -> "possibly the same as " + s.request().key() + " (" + s.percent() + " % alike)")
                        .orElse(named.size() > 1 ? "the post names several requests" : "no open request matched"));
    }

    /** Best first; the closest few are scored again with the customer's comments on them. */
    private static List<TopicScores.Score> scores(TopicScores topics, Iterable<CandidateRequest> candidates,
                                                  Comments comments) {
        List<TopicScores.Score> scores = new ArrayList<>();
        if (topics.size() == 0) {
            return scores; // nothing to compare, and no comments worth reading
        }
        candidates.forEach(c -> scores.add(topics.of(c, List.of())));
        scores.sort(Comparator.comparingDouble(TopicScores.Score::similarity).reversed());
        for (int i = 0; i < Math.min(COMMENTS_READ_FOR, scores.size()); i++) {
            CandidateRequest request = scores.get(i).request();
            List<String> read = comments.of(request);
            if (!read.isEmpty()) {
                scores.set(i, topics.of(request, read));
            }
        }
        scores.sort(Comparator.comparingDouble(TopicScores.Score::similarity).reversed());
        return scores;
    }
}
