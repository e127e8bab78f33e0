package io.socialdesk.triage;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Triage of one inbound post by explainable rules: sentiment by VADER (its English lexicon and rules, through the
 * VADER library), intent by cue words and the sentiment (a complaint cue or clearly negative sentiment makes a
 * complaint, even when asked as a question, unless it is thanked for with clearly positive sentiment; a question mark
 * or a question opener makes a question; thanks or admiration that is not negative makes praise), the tier by
 * followers. Cue words ({@link IntentCues}) are English's, or Spanish, German, French or Portuguese for posts in
 * those languages, plus question marks and emoji in every language; only English posts get a sentiment. Measured on
 * labelled posts (PostTriageTest; precision and recall in docs/automation.md).
 */
public final class PostTriage {
    static final double POSITIVE = 0.05;
    static final double NEGATIVE = -0.05;
    /** Negative enough to be a complaint without a complaint word ("this is so disappointing"). */
    static final double COMPLAINT_SENTIMENT = -0.4;
    static final double PRAISE_SENTIMENT = 0.3;

    private PostTriage() {
    }

    /** A post's triage; none for a call or a post without words (a repost), which have nothing to read. */
    public static Optional<Triage> of(InboundPost post) {
        if (post.kind() == PostKind.CALL || post.text().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(of(post.text(), post.language(), post.author().followers()));
    }

    public static Triage of(String text, Optional<String> languageTag, OptionalLong followers) {
        List<String> reasons = new ArrayList<>();
        Optional<String> language = Languages.of(text, languageTag);
        OptionalDouble sentiment = Languages.english(text, language) ? vader(text) : OptionalDouble.empty();
        Triage.Mood mood = sentiment.isEmpty() ? Triage.Mood.UNSCORED
                : sentiment.getAsDouble() >= POSITIVE ? Triage.Mood.POSITIVE
                : sentiment.getAsDouble() <= NEGATIVE ? Triage.Mood.NEGATIVE : Triage.Mood.NEUTRAL;
        sentiment.ifPresent(s -> reasons.add(String.format(Locale.ROOT, "sentiment %+.2f", s)));
        return new Triage(language, sentiment, mood, intent(text, IntentCues.of(language), sentiment, reasons),
                tier(followers), reasons);
    }

    private static Triage.Intent intent(String text, IntentCues cues, OptionalDouble sentiment, List<String> reasons) {
        double score = sentiment.orElse(0);
        Optional<String> complaint = find(cues.complaint(), text);
        Optional<String> praise = find(cues.praise(), text);
        // "thanks for replacing my broken kettle": a complaint word in thanks is praise
        boolean thanks = praise.isPresent() && score >= PRAISE_SENTIMENT;
        if (complaint.isPresent() && !thanks) {
            reasons.add("complaint word '" + complaint.get() + "'");
            return Triage.Intent.COMPLAINT;
        }
        if (score <= COMPLAINT_SENTIMENT) {
            reasons.add("clearly negative");
            return Triage.Intent.COMPLAINT;
        }
        boolean question = text.contains("?") || text.contains("？") || text.contains("؟")
                || cues.questionOpener().matcher(text).find();
        if (praise.isPresent() && !question && score > NEGATIVE) {
            reasons.add("praise word '" + praise.get() + "'");
            return Triage.Intent.PRAISE;
        }
        if (question) {
            reasons.add("asks a question");
            return Triage.Intent.QUESTION;
        }
        return Triage.Intent.OTHER;
    }

    private static Triage.Tier tier(OptionalLong followers) {
        if (followers.isEmpty()) {
            return Triage.Tier.UNKNOWN;
        }
        long count = followers.getAsLong();
        return count >= 100_000 ? Triage.Tier.PROMINENT : count >= 10_000 ? Triage.Tier.INFLUENTIAL
                : count >= 1_000 ? Triage.Tier.NOTABLE : Triage.Tier.REGULAR;
    }

    private static OptionalDouble vader(String text) {
        try {
            SentimentAnalyzer analyzer = new SentimentAnalyzer(text);
            analyzer.analyze();
            Float compound = analyzer.getPolarity().get("compound");
            return compound == null ? OptionalDouble.empty() : OptionalDouble.of(compound);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty(); // the analyzer could not tokenize this text: no score rather than a guess
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
