package io.socialdesk.surge;

import io.socialdesk.intake.Interaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The common subject of a surge's posts, by single-pass leader clustering: each post joins the cluster whose summed
 * words it is most alike to (at least {@code similarity}), or starts a new one. The largest cluster of at least
 * {@link #MIN_POSTS} posts and at least a fifth of the posts is the subject; its most frequent words are the
 * incident's words. Unrelated posts in the same minutes form small clusters of their own and are left out.
 */
final class Clusters {
    static final int MIN_POSTS = 3;

    private Clusters() {
    }

    static Optional<Map<CharSequence, Integer>> subject(List<Interaction> posts, double similarity) {
        List<Map<CharSequence, Integer>> totals = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Interaction post : posts) {
            Map<CharSequence, Integer> terms = PostSimilarity.terms(post);
            if (terms.isEmpty()) {
                continue;
            }
            int best = -1;
            double bestSimilarity = similarity;
            for (int i = 0; i < totals.size(); i++) {
                double alike = PostSimilarity.similarity(terms, totals.get(i));
                if (alike >= bestSimilarity) {
                    best = i;
                    bestSimilarity = alike;
                }
            }
            if (best < 0) {
                totals.add(new HashMap<>(terms));
                sizes.add(1);
            } else {
                PostSimilarity.add(totals.get(best), terms);
                sizes.set(best, sizes.get(best) + 1);
            }
        }
        int largest = -1;
        for (int i = 0; i < sizes.size(); i++) {
            if (largest < 0 || sizes.get(i) > sizes.get(largest)) {
                largest = i;
            }
        }
        if (largest < 0 || sizes.get(largest) < MIN_POSTS || sizes.get(largest) * 5 < posts.size()) {
            return Optional.empty();
        }
        return Optional.of(PostSimilarity.top(totals.get(largest)));
    }
}
