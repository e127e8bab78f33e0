// Source: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/transaction/TransactionCallback.html
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
