package io.socialdesk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.testing.RestEndpoints;
import io.socialdesk.testing.RestEndpoints.Endpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/rest-api.md cannot drift from the code: its table has one row per resource method, with the method's access
 * annotations and whether it needs a secure administrator session, and no row for a method that does not exist.
 */
class RestApiDocTest {
    /** A table row: | `VERB /path` | access | WebSudo | what |. */
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE) (/[^`?\\s]*)[^`]*` \\| ([^|]*) \\| "
            + "(yes|no) \\|");

    @Test
    void givenTheResourcesInTheCode_whenReadingTheRestApiPage_thenEveryMethodIsDocumentedAsItIs() throws IOException {
        // given
        List<Endpoint> code = RestEndpoints.all();

        // when
        Map<String, String[]> documented = documented();

        // then
        String expected = code.stream().map(e -> "| `" + e.key() + "` | "
                + e.access().stream().map(a -> "`@" + a + "`").collect(Collectors.joining(" ")) + " | "
                + (e.webSudo() ? "yes" : "no") + " | …").collect(Collectors.joining("\n"));
        assertThat(documented.keySet()).as("rows of docs/rest-api.md, expected:\n" + expected)
                .containsExactlyInAnyOrderElementsOf(code.stream().map(Endpoint::key).toList());
        for (Endpoint endpoint : code) {
            String[] row = documented.get(endpoint.key());
            assertThat(endpoint.access()).as("access of %s", endpoint.key())
                    .allSatisfy(a -> assertThat(row[0]).contains("`@" + a + "`"));
            assertThat(row[0].split("`@").length - 1).as("access annotations named for %s", endpoint.key())
                    .isEqualTo(endpoint.access().size());
            assertThat(row[1]).as("WebSudo of %s", endpoint.key()).isEqualTo(endpoint.webSudo() ? "yes" : "no");
        }
    }

    @Test
    void givenTheCode_whenListingItsResources_thenEachHasAnAccessAnnotation() {
        assertThat(RestEndpoints.all()).isNotEmpty().allSatisfy(e -> assertThat(e.access()).as(e.key()).isNotEmpty());
    }

    private static Map<String, String[]> documented() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/rest-api.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String key = row.group(1) + " " + row.group(2);
                assertThat(rows).as("documented twice: " + key).doesNotContainKey(key);
                rows.put(key, new String[] {row.group(3).strip(), row.group(4)});
            }
        }
        return rows;
    }
}
