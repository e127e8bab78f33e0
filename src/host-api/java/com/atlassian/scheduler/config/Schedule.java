// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/config/Schedule.html
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    private final long intervalInMillis;

    private Schedule(long intervalInMillis) {
        this.intervalInMillis = intervalInMillis;
    }

    @Override
    public String toString() {
        return "interval " + intervalInMillis + " ms";
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis);
    }
}
