// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/SchedulerServiceException.html
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
