package io.socialdesk.build;

import java.util.ArrayList;
import java.util.List;

/** Splits an OSGi manifest header into clauses, honouring quoted commas ({@code version="[3.1,4)"}). */
record OsgiHeader(List<Clause> clauses) {
    record Clause(String name, String attributes) {
        boolean optional() {
            return attributes.contains("resolution:=optional");
        }
    }

    static OsgiHeader parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return new OsgiHeader(clauses);
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(clause(current.toString()));
        return new OsgiHeader(clauses);
    }

    private static Clause clause(String text) {
        int semicolon = text.indexOf(';');
        return semicolon < 0
                ? new Clause(text.trim(), "")
                : new Clause(text.substring(0, semicolon).trim(), text.substring(semicolon + 1).trim());
    }
}
