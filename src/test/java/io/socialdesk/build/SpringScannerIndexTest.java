package io.socialdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Spring Scanner index files are checked in (Atlassian's scanner plugin is not on Maven Central). This test
 * derives them from the compiled annotations exactly as the scanner would, and fails on any difference, printing
 * the lines to add or remove, so a new component can never be silently left out of the plugin. Run it with
 * {@code -Dsocialdesk.updateIndex=true} to rewrite the files from the code, then review the diff.
 */
class SpringScannerIndexTest {
    private static final Path INDEX_DIR = Path.of("src/main/resources/META-INF/plugin-components");
    private static final List<String> COMPONENT_ANNOTATIONS = List.of(
            "org.springframework.stereotype.Component", "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository", "jakarta.inject.Named");
    private static final String COMPONENT_IMPORT =
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE =
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    @Test
    void givenCompiledClasses_whenDerivingTheComponentIndex_thenItMatchesTheCheckedInFile() throws IOException {
        try (ScanResult scan = scan()) {
            // when
            Set<String> expected = new TreeSet<>();
            for (ClassInfo type : scan.getAllClasses()) {
                for (String annotation : COMPONENT_ANNOTATIONS) {
                    AnnotationInfo info = type.getAnnotationInfo(annotation);
                    if (info != null && !type.isAnnotation()) {
                        expected.add(withName(type.getName(), info));
                    }
                }
            }

            // then
            assertIndex("component", expected);
        }
    }

    @Test
    void givenCompiledClasses_whenDerivingTheImportIndex_thenItMatchesTheCheckedInFile() throws IOException {
        try (ScanResult scan = scan()) {
            // when
            Set<String> expected = new TreeSet<>();
            for (ClassInfo type : scan.getAllClasses()) {
                for (MethodInfo constructor : type.getDeclaredConstructorInfo()) {
                    for (MethodParameterInfo parameter : constructor.getParameterInfo()) {
                        AnnotationInfo info = parameter.getAnnotationInfo(COMPONENT_IMPORT);
                        if (info != null) {
                            expected.add(withName(parameter.getTypeDescriptor().toString(), info));
                        }
                    }
                }
                for (FieldInfo field : type.getDeclaredFieldInfo()) {
                    AnnotationInfo info = field.getAnnotationInfo(COMPONENT_IMPORT);
                    if (info != null) {
                        expected.add(withName(field.getTypeDescriptor().toString(), info));
                    }
                }
            }

            // then
            assertIndex("imports", expected);
        }
    }

    @Test
    void givenCompiledClasses_whenDerivingTheExportIndex_thenItMatchesTheCheckedInFile() throws IOException {
        try (ScanResult scan = scan()) {
            // when
            Set<String> expected = new TreeSet<>();
            for (ClassInfo type : scan.getClassesWithAnnotation(EXPORT_AS_SERVICE)) {
                Object[] interfaces = (Object[]) type.getAnnotationInfo(EXPORT_AS_SERVICE)
                        .getParameterValues().getValue("value");
                List<String> names = new ArrayList<>();
                if (interfaces != null) {
                    for (Object ref : interfaces) {
                        names.add(((io.github.classgraph.AnnotationClassRef) ref).getName());
                    }
                }
                expected.add(names.isEmpty() ? type.getName() : type.getName() + "#" + String.join(",", names));
            }

            // then
            assertIndex("exports", expected);
        }
    }

    private static ScanResult scan() {
        return new ClassGraph().overrideClasspath(Path.of("target/classes").toAbsolutePath().toString())
                .acceptPackages("io.socialdesk").enableAllInfo().scan();
    }

    private static String withName(String className, AnnotationInfo info) {
        Object value = info.getParameterValues().getValue("value");
        return value == null || value.toString().isEmpty() ? className : className + "#" + value;
    }

    private static void assertIndex(String file, Set<String> expected) throws IOException {
        if (Boolean.getBoolean("socialdesk.updateIndex")) {
            // mvn test -Dtest=SpringScannerIndexTest -Dsocialdesk.updateIndex=true rewrites the files from the code
            Files.write(INDEX_DIR.resolve(file), expected);
        }
        Set<String> actual = new TreeSet<>();
        for (String line : Files.readAllLines(INDEX_DIR.resolve(file))) {
            if (!line.isBlank()) {
                actual.add(line.trim());
            }
        }
        Set<String> toAdd = new TreeSet<>(expected);
        toAdd.removeAll(actual);
        Set<String> toRemove = new TreeSet<>(actual);
        toRemove.removeAll(expected);
        assertThat(toAdd).as("lines to add to %s/%s", INDEX_DIR, file).isEmpty();
        assertThat(toRemove).as("lines to remove from %s/%s", INDEX_DIR, file).isEmpty();
    }
}
