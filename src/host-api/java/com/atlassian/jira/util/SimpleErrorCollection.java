// Published at: https://docs.atlassian.com/jira/latest/com/atlassian/jira/util/SimpleErrorCollection.html
// Source: jira-api's SimpleErrorCollection (@PublicApi class implementing ErrorCollection, public no-argument
// constructor), used by Atlassian's own anonymization handlers to build the ServiceResult of update(), e.g.
// "SimpleErrorCollection errorCollection = new SimpleErrorCollection(); ... new ServiceResultImpl(errorCollection)".
package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class SimpleErrorCollection implements ErrorCollection {
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();

    public SimpleErrorCollection() {
    }

    @Override
    public void addError(String field, String message) {
        errors.put(field, message);
    }

    @Override
    public void addErrorMessage(String message) {
        messages.add(message);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return messages;
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty() || !messages.isEmpty();
    }
}
