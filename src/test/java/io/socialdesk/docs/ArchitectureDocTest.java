package io.socialdesk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/architecture.md's package table names every package under {@code io.socialdesk}, and no package that is gone. */
class ArchitectureDocTest {
    private static final Path SOURCES = Path.of("src/main/java/io/socialdesk");
    private static final Pattern NAME = Pattern.compile("`([a-z]+(?:\\.[a-z]+)*)`");

    @Test
    void givenThePackagesInTheCode_whenReadingThePackageTable_thenEachIsDescribed() throws IOException {
        // given
        Set<String> code;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            code = dirs.filter(Files::isDirectory).filter(ArchitectureDocTest::holdsJava).filter(d -> !d.equals(SOURCES))
                    .map(d -> SOURCES.relativize(d).toString().replace('/', '.')).collect(Collectors.toSet());
        }

        // when
        Set<String> documented = packageTable().stream().flatMap(row -> NAME.matcher(row).results())
                .map(m -> m.group(1)).collect(Collectors.toSet());

        // then
        assertThat(documented).as("packages named in docs/architecture.md's package table").containsAll(code);
        List<String> firstColumn = packageTable().stream().map(row -> row.split("\\|")[1])
                .flatMap(cell -> NAME.matcher(cell).results()).map(m -> m.group(1)).toList();
        assertThat(firstColumn).as("first column names only packages that exist").isNotEmpty()
                .allSatisfy(n -> assertThat(code).contains(n));
    }

    /** The rows of the table whose header is "| Package | What | Talks to Jira? |". */
    private static List<String> packageTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf("| Package | What | Talks to Jira? |");
        assertThat(header).as("the package table").isNotNegative();
        return lines.subList(header + 2, lines.size()).stream().takeWhile(l -> l.startsWith("|")).toList();
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
