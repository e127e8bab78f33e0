package io.socialdesk.jira;

import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * Reads Jira's {@link UserAnonymizationParameter} and {@link UserPropertyChangeParameter} without binding to whether
 * Jira declares them as classes or as interfaces. A direct call compiles to {@code invokevirtual} for a class and {@code invokeinterface} for an
 * interface, and the wrong one fails with {@code IncompatibleClassChangeError} inside Jira's anonymization task;
 * the published sources do not say which Jira 11 ships. A method handle found at run time on the type Jira really
 * loaded works for both (tested by compiling the stand-in each way, {@code AnonymizationParametersTest}). Every read
 * of the parameter goes through here (an ArchUnit rule holds it to that).
 */
final class AnonymizationParameters {
    private static final MethodHandle USER_KEY = getter(UserAnonymizationParameter.class, "getUserKey");
    private static final MethodHandle ORIGINAL = getter(UserPropertyChangeParameter.class, "getOriginal");
    private static final MethodHandle TARGET = getter(UserPropertyChangeParameter.class, "getTarget");

    private AnonymizationParameters() {
    }

    /** The anonymized user's key; empty if the parameter has none or cannot be read (reported by the caller). */
    static Optional<String> userKey(UserAnonymizationParameter parameter) {
        return read(USER_KEY, parameter);
    }

    /** The user key before the change. */
    static Optional<String> original(UserPropertyChangeParameter parameter) {
        return read(ORIGINAL, parameter);
    }

    /** The user key after the change. */
    static Optional<String> target(UserPropertyChangeParameter parameter) {
        return read(TARGET, parameter);
    }

    private static Optional<String> read(MethodHandle getter, Object parameter) {
        try {
            return Optional.ofNullable((String) getter.invoke(parameter));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Jira's anonymization parameter could not be read", e);
        }
    }

    private static MethodHandle getter(Class<?> type, String name) {
        try {
            return MethodHandles.publicLookup().findVirtual(type, name, MethodType.methodType(String.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("Jira's " + type.getSimpleName() + " has no public " + name + "()", e);
        }
    }
}
