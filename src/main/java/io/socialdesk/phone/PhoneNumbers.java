package io.socialdesk.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Numbers as telephony systems write them ("+1 (415) 555-0100", "004930…", "030 …") to E.164, so one customer's
 * calls always meet on the same phone identity. National numbers are read in the line's home region.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** Whether libphonenumber knows the region (ISO 3166 alpha-2, e.g. "DE"). */
    public static boolean supportedRegion(String region) {
        return region != null && PhoneNumberUtil.getInstance().getSupportedRegions().contains(region);
    }

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 64) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw, defaultRegion);
            return UTIL.isPossibleNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
