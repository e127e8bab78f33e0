package io.socialdesk.channel;

import java.util.Map;
import java.util.Optional;

/** Decrypted secrets of one account, handed to its driver only. {@link #toString()} never shows them. */
public record Credentials(Map<String, String> values) {
    public Credentials {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "Credentials" + values.keySet() + " (values hidden)";
    }
}
