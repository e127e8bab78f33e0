// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/lifecycle/LifecycleAware.html
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {
    void onStart();

    void onStop();
}
