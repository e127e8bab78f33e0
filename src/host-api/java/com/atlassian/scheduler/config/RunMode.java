// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/config/RunMode.html
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
