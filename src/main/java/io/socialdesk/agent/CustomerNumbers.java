package io.socialdesk.agent;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The company's customer numbers in what people write, by the admin's pattern. The pattern is the admin's and the
 * text a stranger's, so matching runs on a budget of character reads: a pattern that backtracks catastrophically on
 * some text gives up on that text instead of holding a request thread.
 */
final class CustomerNumbers {
    static final int BUDGET = 200_000;
    static final int MAX_NUMBERS = 5;

    private final Optional<Pattern> pattern;

    CustomerNumbers(String pattern) {
        Optional<Pattern> compiled;
        try {
            compiled = pattern.isBlank() ? Optional.empty() : Optional.of(Pattern.compile(pattern));
        } catch (PatternSyntaxException e) {
            compiled = Optional.empty(); // settings validate it; a stored one that no longer compiles is ignored
        }
        this.pattern = compiled;
    }

    Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (pattern.isEmpty()) {
            return found;
        }
        try {
            Matcher matcher = pattern.get().matcher(new Budgeted(text, BUDGET));
            while (matcher.find() && found.size() < MAX_NUMBERS) {
                if (!matcher.group().isBlank()) {
                    found.add(matcher.group());
                }
            }
        } catch (Budgeted.Exhausted e) {
            return found;
        }
        return found;
    }

    /** A text that stops being readable after a number of character reads. */
    private static final class Budgeted implements CharSequence {
        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        private final CharSequence text;
        private final int[] left;

        Budgeted(CharSequence text, int budget) {
            this(text, new int[] {budget});
        }

        private Budgeted(CharSequence text, int[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.subSequence(start, end), left);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
