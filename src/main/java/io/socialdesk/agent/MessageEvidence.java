package io.socialdesk.agent;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a customer's own words say about who they are: e-mail addresses, and phone numbers as libphonenumber's
 * number finder reads them (valid numbers only, in the admin's default region when written without a country code).
 */
final class MessageEvidence {
    /** Deliberately plain: a false positive only costs a suggestion nobody confirms; the directory decides. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");

    private MessageEvidence() {
    }

    static Set<String> emails(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = EMAIL.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    static Set<String> phoneNumbers(String text, String defaultRegion) {
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        Set<String> found = new LinkedHashSet<>();
        for (PhoneNumberMatch match : numbers.findNumbers(text, defaultRegion, PhoneNumberUtil.Leniency.VALID,
                Long.MAX_VALUE)) {
            found.add(numbers.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164));
        }
        return found;
    }
}
