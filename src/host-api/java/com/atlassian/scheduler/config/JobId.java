// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/config/JobId.html
package com.atlassian.scheduler.config;

import java.io.Serializable;

public final class JobId implements Serializable, Comparable<JobId> {
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
