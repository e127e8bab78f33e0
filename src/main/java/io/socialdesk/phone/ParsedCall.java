package io.socialdesk.phone;

/** A webhook body read: a call, nothing to record (a progress callback), or what is wrong and where. */
public sealed interface ParsedCall {
    record Valid(CallReport call) implements ParsedCall {
    }

    /** Twilio reports every state change; only finished calls are contacts. */
    record NotFinal(String status) implements ParsedCall {
    }

    record Invalid(String field, String message) implements ParsedCall {
    }
}
