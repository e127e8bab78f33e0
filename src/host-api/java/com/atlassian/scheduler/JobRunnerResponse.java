// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/JobRunnerResponse.html
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(String.valueOf(cause));
    }

    public String getMessage() {
        return message;
    }
}
