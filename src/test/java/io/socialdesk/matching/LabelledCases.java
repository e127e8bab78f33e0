package io.socialdesk.matching;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.socialdesk.request.RequestState;
import io.socialdesk.triage.PostTriage;
import io.socialdesk.triage.Triage;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The labelled merge decisions under src/test/resources/matching (see its README), read as matcher input. */
final class LabelledCases {
    static final class Case {
        String id;
        String lang;
        String post;
        List<Request> requests;
        String expect;
        String possible;
    }

    static final class Request {
        String key;
        String source;
        String summary;
        String description;
        List<String> comments;
        boolean conversation;
    }

    private LabelledCases() {
    }

    static List<Case> read(String file) {
        try (Reader reader = new InputStreamReader(LabelledCases.class.getResourceAsStream("/matching/" + file),
                StandardCharsets.UTF_8)) {
            return new Gson().fromJson(reader, new TypeToken<List<Case>>() { }.getType());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The case as routing would see it: Jira's requests (their comments read through {@code comments}). */
    static RequestMatcher.Input input(Case c, MatchSettings settings) {
        List<CandidateRequest> candidates = c.requests.stream().map(LabelledCases::candidate).toList();
        Optional<CandidateRequest> conversation = c.requests.stream().filter(r -> r.conversation).findFirst()
                .map(LabelledCases::candidate);
        boolean praise = PostTriage.of(c.post, Optional.of(c.lang), OptionalLong.empty()).intent() == Triage.Intent.PRAISE;
        return new RequestMatcher.Input(c.post, Optional.of(c.lang), praise, candidates, conversation, settings);
    }

    static RequestMatcher.Comments comments(Case c) {
        Map<String, List<String>> byKey = c.requests.stream().collect(Collectors.toMap(r -> r.key,
                r -> r.comments == null || "socialdesk".equals(r.source) ? List.of() : r.comments));
        return request -> byKey.getOrDefault(request.key(), List.of());
    }

    private static CandidateRequest candidate(Request r) {
        long id = Long.parseLong(r.key.substring(r.key.indexOf('-') + 1));
        RequestState state = new RequestState(id, r.key, 1, false, Optional.empty(), Instant.EPOCH);
        // a SocialDesk request's words are the customer's posts, which SocialDesk keeps itself
        List<String> posts = "socialdesk".equals(r.source) && r.comments != null ? r.comments : List.of();
        return new CandidateRequest(state, r.summary, r.description, posts);
    }
}
