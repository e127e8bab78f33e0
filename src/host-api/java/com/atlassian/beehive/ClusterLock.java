// Source: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();
}
