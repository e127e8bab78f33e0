package io.socialdesk.matching;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of a customer's request keys a post names, the way customers write them: "CS-1", "cs 1", "ticket CS1",
 * "#CS-1", a link ending in it (…/browse/CS-1, …/portal/2/CS-1). Only keys given are looked for, so a key the customer
 * cannot see (not among their requests) is never found, and "CS-1" is never read in "CS-12" or "ABCS-1".
 */
final class RequestKeys {
    private RequestKeys() {
    }

    static Set<String> named(String text, Collection<String> keys) {
        Set<String> named = new LinkedHashSet<>();
        for (String key : keys) {
            int dash = key.lastIndexOf('-');
            if (dash <= 0 || dash == key.length() - 1) {
                continue;
            }
            String project = key.substring(0, dash);
            String number = key.substring(dash + 1);
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(project.toLowerCase(Locale.ROOT))
                    + "[-_ #]?0*" + Pattern.quote(number) + "(?!\\p{N})", Pattern.UNICODE_CASE);
            if (pattern.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                named.add(key);
            }
        }
        return named;
    }
}
