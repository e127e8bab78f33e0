package io.socialdesk.intake;

/** Port: the delivery settings as saved now, read when a reply or an acknowledgement is sent. */
public interface DeliverySettingsSource {
    DeliverySettings delivery();
}
