package io.socialdesk.channel;

/**
 * One secret an account of a channel needs: its name in the credentials, whether an account works without it, and
 * the i18n key of the text telling an admin where to find it. Secrets are never shown again once stored.
 */
public record CredentialSpec(String name, boolean required, String helpKey) {
}
