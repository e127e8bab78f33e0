package io.socialdesk.channel.x;

import io.socialdesk.channel.Credentials;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import twitter4j.HttpParameter;
import twitter4j.RequestMethod;
import twitter4j.auth.OAuthAuthorization;
import twitter4j.conf.ConfigurationBuilder;

/**
 * OAuth 1.0a user-context signatures for X, by Twitter4J's {@link OAuthAuthorization} (the signing is all SocialDesk
 * uses of it; requests go through the HTTP edge). Query parameters are part of the signature base string, a JSON body
 * is not. Made per request from the decrypted credentials and not kept: no secret outlives the call.
 */
record XSigner(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {
    static final java.util.List<String> CREDENTIALS =
            java.util.List.of("consumerKey", "consumerSecret", "accessToken", "accessTokenSecret");

    /** Empty unless all four secrets are set. */
    static Optional<XSigner> of(Credentials credentials) {
        if (CREDENTIALS.stream().anyMatch(name -> credentials.get(name).filter(v -> !v.isBlank()).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new XSigner(credentials.get("consumerKey").orElseThrow(),
                credentials.get("consumerSecret").orElseThrow(), credentials.get("accessToken").orElseThrow(),
                credentials.get("accessTokenSecret").orElseThrow()));
    }

    /** The account's own user id: X user tokens are "{@code <user id>-<random>}". */
    Optional<String> ownUserId() {
        int dash = accessToken.indexOf('-');
        return dash > 0 && accessToken.substring(0, dash).chars().allMatch(Character::isDigit)
                ? Optional.of(accessToken.substring(0, dash)) : Optional.empty();
    }

    String header(String method, URI endpoint, Map<String, String> query) {
        OAuthAuthorization oauth = new OAuthAuthorization(new ConfigurationBuilder()
                .setOAuthConsumerKey(consumerKey).setOAuthConsumerSecret(consumerSecret)
                .setOAuthAccessToken(accessToken).setOAuthAccessTokenSecret(accessTokenSecret).build());
        HttpParameter[] params = query.entrySet().stream().map(e -> new HttpParameter(e.getKey(), e.getValue()))
                .toArray(HttpParameter[]::new);
        return oauth.getAuthorizationHeader(new twitter4j.HttpRequest(RequestMethod.valueOf(method),
                endpoint.toString(), params, oauth, Map.of()));
    }

    @Override
    public String toString() {
        return "XSigner[secrets hidden]";
    }
}
