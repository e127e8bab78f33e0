package io.socialdesk.jira;

import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Reads Jira's {@link UserAnonymizationParameter} without binding to whether Jira declares it as a class or as an
 * interface. A direct call compiles to {@code invokevirtual} for a class and {@code invokeinterface} for an
 * interface, and the wrong one fails with {@code IncompatibleClassChangeError} inside Jira's anonymization task;
 * the published sources do not say which Jira 11 ships. A method handle found at run time on the type Jira really
 * loaded works for both (tested by compiling the stand-in each way, {@code AnonymizationParametersTest}). Every read
 * of the parameter goes through here (an ArchUnit rule holds it to that).
 */
final class AnonymizationParameters {
    private static final MethodHandle USER_KEY = userKeyGetter();

    private AnonymizationParameters() {
    }

    /** The anonymized user's key; empty if the parameter has none or cannot be read (reported by the caller). */
    static Optional<String> userKey(UserAnonymizationParameter parameter) {
        try {
            return Optional.ofNullable((String) USER_KEY.invoke(parameter));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Jira's anonymization parameter could not be read", e);
        }
    }

    private static MethodHandle userKeyGetter() {
        try {
            return MethodHandles.publicLookup().findVirtual(UserAnonymizationParameter.class, "getUserKey",
                    MethodType.methodType(String.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("Jira's UserAnonymizationParameter has no public getUserKey()", e);
        }
    }
}
