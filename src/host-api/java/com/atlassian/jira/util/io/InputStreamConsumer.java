// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/util/io/InputStreamConsumer.html
// (the callback of AttachmentManager.streamAttachmentContent, as in Jira's published AttachmentManager source)
package com.atlassian.jira.util.io;

import java.io.IOException;
import java.io.InputStream;

public interface InputStreamConsumer<T> {
    T withInputStream(InputStream is) throws IOException;
}
