package io.socialdesk.store;

import java.net.URI;
import java.util.Optional;

/**
 * Text from networks and telephony systems made to fit its column, the same on every database: control characters
 * are removed (PostgreSQL refuses NUL in text, other databases store it and break later readers), names and reasons
 * longer than the column are shortened with an ellipsis, identifiers and links that do not fit are dropped (a
 * shortened id or URL would point somewhere else). Admin input is validated before it gets here, not shortened.
 */
final class ColumnText {
    /** AO's default string column. */
    static final int SHORT = 255;
    /** AO's {@code StringLength.MAX_LENGTH}, the longest indexed-compatible string column. */
    static final int LONG = 450;

    private ColumnText() {
    }

    /** Without control characters other than tab and line breaks; null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
            if (control && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!control && cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    /** Cleaned and at most {@code max} characters, shortened with "…" without splitting a surrogate pair. */
    static String fit(String text, int max) {
        String cleaned = clean(text);
        if (cleaned == null || cleaned.length() <= max) {
            return cleaned;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
            end--;
        }
        return cleaned.substring(0, end) + "…";
    }

    /** Cleaned, or null when it does not fit: an identifier is never shortened. */
    static String id(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.length() > SHORT ? null : cleaned;
    }

    static String url(Optional<URI> url) {
        return url.map(URI::toString).filter(u -> u.length() <= LONG).orElse(null);
    }
}
