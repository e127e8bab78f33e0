package io.socialdesk.phone;

/**
 * How calls are taken in. {@code defaultRegion} (ISO 3166 code) reads numbers written without a country code;
 * {@code missedCallCreatesRequest} turns a missed call or voicemail of a customer with no open request into one.
 */
public record CallSettings(String defaultRegion, boolean missedCallCreatesRequest) {
}
