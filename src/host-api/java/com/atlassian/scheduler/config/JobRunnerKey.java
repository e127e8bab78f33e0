// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/config/JobRunnerKey.html
package com.atlassian.scheduler.config;

import java.io.Serializable;

public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = key;
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
