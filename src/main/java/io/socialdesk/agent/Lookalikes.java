package io.socialdesk.agent;

import io.socialdesk.contact.IdentityRef;
import io.socialdesk.contact.Identity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Other contacts' identities that look like this contact's: the same display name, or a handle that is nearly the
 * same once case, '@', dots, dashes and underscores are set aside. Candidates come from the store by exact name or
 * handle variant (indexed), then handles are scored with Jaro-Winkler (Apache Commons Text), which weighs a shared
 * beginning the way handles usually differ ("jane_c" / "janec" / "jane.c2").
 */
final class Lookalikes {
    /** A common full name is weak evidence on its own; a single word is weaker and never shown alone. */
    static final double SAME_FULL_NAME = 0.5;
    static final double SAME_SINGLE_NAME = 0.3;
    static final double SIMILAR_HANDLE = 0.6;
    /** Jaro-Winkler of the normalised handles from which they count as nearly identical. */
    static final double HANDLE_SIMILARITY = 0.92;
    static final int CANDIDATES = 50;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    record Match(long contactId, Suggestion.Evidence evidence) {
    }

    private final SuggestionStore store;

    Lookalikes(SuggestionStore store) {
        this.store = store;
    }

    List<Match> of(long contactId, List<Identity> identities) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> handles = new LinkedHashSet<>();
        for (Identity identity : identities) {
            if (identity.displayName().strip().length() >= 3) {
                names.add(identity.displayName().strip());
            }
            if (!identity.isNumber()) {
                handles.addAll(variants(identity.handle()));
            }
        }
        List<Match> matches = new ArrayList<>();
        for (SuggestionStore.Lookalike other : store.lookalikes(contactId, names, handles, CANDIDATES)) {
            if (names.contains(other.displayName().strip())) {
                String name = other.displayName().strip();
                matches.add(new Match(other.contactId(), new Suggestion.Evidence(Suggestion.Kind.SAME_DISPLAY_NAME,
                        "the same display name \"" + name + "\" on " + other.channel(),
                        name.contains(" ") ? SAME_FULL_NAME : SAME_SINGLE_NAME)));
            }
            // a phone number is no handle: two numbers one digit apart are two people
            boolean otherIsNumber = other.channel().equals(IdentityRef.NUMBERS.key());
            for (Identity own : identities) {
                if (otherIsNumber || own.isNumber()) {
                    continue;
                }
                double similarity = similarity(own.handle(), other.handle());
                if (similarity >= HANDLE_SIMILARITY) {
                    matches.add(new Match(other.contactId(), new Suggestion.Evidence(Suggestion.Kind.SIMILAR_HANDLE,
                            "handle @" + other.handle() + " on " + other.channel() + " is nearly @" + own.handle()
                                    + " on " + own.kind().key() + String.format(Locale.ROOT, " (similarity %.2f)",
                                    similarity), SIMILAR_HANDLE)));
                    break;
                }
            }
        }
        return matches;
    }

    static double similarity(String a, String b) {
        String left = normalised(a);
        String right = normalised(b);
        if (left.length() < 3 || right.length() < 3) {
            return 0;
        }
        return JARO_WINKLER.apply(left, right);
    }

    /** The spellings an identical handle may have elsewhere, looked up exactly. */
    static Set<String> variants(String handle) {
        Set<String> variants = new LinkedHashSet<>();
        String local = local(handle);
        if (normalised(local).length() < 3) {
            return variants;
        }
        variants.add(local);
        variants.add(local.toLowerCase(Locale.ROOT));
        variants.add(normalised(local));
        return variants;
    }

    private static String normalised(String handle) {
        return local(handle).toLowerCase(Locale.ROOT).replaceAll("[._\\-]", "");
    }

    /** The handle without a leading '@' and without a Mastodon account's server part. */
    private static String local(String handle) {
        String bare = handle.strip();
        if (bare.startsWith("@")) {
            bare = bare.substring(1);
        }
        int at = bare.indexOf('@');
        return at > 0 ? bare.substring(0, at) : bare;
    }
}
