package io.socialdesk.phone;

/** Where call intake reads its settings from; read at every call, so an admin's change needs no restart. */
public interface CallSettingsSource {
    /** The region (ISO 3166 alpha-2) of numbers written without a country code. */
    String defaultRegion();
}
