package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whether Jira declares {@code UserAnonymizationParameter} and {@code UserPropertyChangeParameter} as classes or
 * interfaces is not published. SocialDesk's
 * compiled reader runs here against the stand-in compiled each way, with a Jira-made parameter of that shape; a class
 * compiled with a plain call is run the same way, to show the setup catches the mismatch a plain call would hit.
 */
class AnonymizationParametersTest {
    private static final String PACKAGE = "com.atlassian.jira.user.anonymize";

    enum Shape {
        CLASS("public class UserAnonymizationParameter {\n"
                + "    private final String userKey;\n"
                + "    public UserAnonymizationParameter(String userKey) { this.userKey = userKey; }\n"
                + "    public String getUserKey() { return userKey; }\n"
                + "}\n",
                "public class JiraParameter extends UserAnonymizationParameter {\n"
                + "    public JiraParameter(String userKey) { super(userKey); }\n"
                + "}\n",
                "public class UserPropertyChangeParameter {\n"
                + "    private final String original;\n"
                + "    private final String target;\n"
                + "    public UserPropertyChangeParameter(String original, String target) {\n"
                + "        this.original = original; this.target = target; }\n"
                + "    public String getOriginal() { return original; }\n"
                + "    public String getTarget() { return target; }\n"
                + "}\n",
                "public class JiraChange extends UserPropertyChangeParameter {\n"
                + "    public JiraChange(String original, String target) { super(original, target); }\n"
                + "}\n"),
        INTERFACE("public interface UserAnonymizationParameter {\n"
                + "    String getUserKey();\n"
                + "}\n",
                "public class JiraParameter implements UserAnonymizationParameter {\n"
                + "    private final String userKey;\n"
                + "    public JiraParameter(String userKey) { this.userKey = userKey; }\n"
                + "    public String getUserKey() { return userKey; }\n"
                + "}\n",
                "public interface UserPropertyChangeParameter {\n"
                + "    String getOriginal();\n"
                + "    String getTarget();\n"
                + "}\n",
                "public class JiraChange implements UserPropertyChangeParameter {\n"
                + "    private final String original;\n"
                + "    private final String target;\n"
                + "    public JiraChange(String original, String target) {\n"
                + "        this.original = original; this.target = target; }\n"
                + "    public String getOriginal() { return original; }\n"
                + "    public String getTarget() { return target; }\n"
                + "}\n");

        final String declaration;
        final String jiraImplementation;
        final String changeDeclaration;
        final String jiraChange;

        Shape(String declaration, String jiraImplementation, String changeDeclaration, String jiraChange) {
            this.declaration = declaration;
            this.jiraImplementation = jiraImplementation;
            this.changeDeclaration = changeDeclaration;
            this.jiraChange = jiraChange;
        }
    }

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Shape.class)
    void givenJiraDeclaresTheParameterEitherWay_whenSocialDeskReadsIt_thenItGetsTheUserKey(Shape shape)
            throws Exception {
        // given: Jira's types in this shape, SocialDesk's reader as shipped (compiled against the class stand-in)
        Path jira = compile(shape, work.resolve("jira-" + shape));
        try (URLClassLoader host = new ChildFirst(jira, readerLocation())) {
            Object parameter = host.loadClass(PACKAGE + ".JiraParameter").getConstructor(String.class)
                    .newInstance("JIRAUSER10100");

            // when
            Method userKey = host.loadClass(AnonymizationParameters.class.getName())
                    .getDeclaredMethod("userKey", host.loadClass(PACKAGE + ".UserAnonymizationParameter"));
            userKey.setAccessible(true);

            // then
            assertThat(userKey.invoke(null, parameter)).isEqualTo(Optional.of("JIRAUSER10100"));
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void givenJiraDeclaresTheKeyChangeEitherWay_whenSocialDeskReadsIt_thenItGetsBothKeys(Shape shape)
            throws Exception {
        // given
        Path jira = compile(shape, work.resolve("jira-" + shape));
        try (URLClassLoader host = new ChildFirst(jira, readerLocation())) {
            Object change = host.loadClass(PACKAGE + ".JiraChange").getConstructor(String.class, String.class)
                    .newInstance("alice", "JIRAUSER10100");
            Class<?> reader = host.loadClass(AnonymizationParameters.class.getName());
            Class<?> type = host.loadClass(PACKAGE + ".UserPropertyChangeParameter");

            // when
            Method original = reader.getDeclaredMethod("original", type);
            Method target = reader.getDeclaredMethod("target", type);
            original.setAccessible(true);
            target.setAccessible(true);

            // then
            assertThat(original.invoke(null, change)).isEqualTo(Optional.of("alice"));
            assertThat(target.invoke(null, change)).isEqualTo(Optional.of("JIRAUSER10100"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = "INTERFACE")
    void givenAPlainCallCompiledAgainstTheClass_whenJiraDeclaresAnInterface_thenItFailsAsInJira(Shape shape)
            throws Exception {
        // given: a reader that calls getUserKey() directly, compiled against the class stand-in
        Path asClass = compile(Shape.CLASS, work.resolve("class"));
        Path plain = work.resolve("plain");
        write(plain.resolve("src/io/socialdesk/probe/PlainRead.java"), "package io.socialdesk.probe;\n"
                + "public class PlainRead {\n"
                + "    public static String userKey(" + PACKAGE + ".UserAnonymizationParameter p) {\n"
                + "        return p.getUserKey();\n"
                + "    }\n"
                + "}\n");
        javac(plain.resolve("classes"), asClass, List.of(plain.resolve("src/io/socialdesk/probe/PlainRead.java")));
        Path jira = compile(shape, work.resolve("jira-" + shape));

        // when / then
        try (URLClassLoader host = new ChildFirst(jira, plain.resolve("classes"))) {
            Object parameter = host.loadClass(PACKAGE + ".JiraParameter").getConstructor(String.class)
                    .newInstance("JIRAUSER10100");
            Method read = host.loadClass("io.socialdesk.probe.PlainRead")
                    .getMethod("userKey", host.loadClass(PACKAGE + ".UserAnonymizationParameter"));
            assertThatThrownBy(() -> read.invoke(null, parameter)).isInstanceOf(InvocationTargetException.class)
                    .cause().isInstanceOf(IncompatibleClassChangeError.class);
        }
    }

    /** Compiles the shape's declaration and Jira's implementation into {@code dir}/classes. */
    private static Path compile(Shape shape, Path dir) throws IOException {
        Path source = dir.resolve("src/" + PACKAGE.replace('.', '/'));
        write(source.resolve("UserAnonymizationParameter.java"), "package " + PACKAGE + ";\n" + shape.declaration);
        write(source.resolve("JiraParameter.java"), "package " + PACKAGE + ";\n" + shape.jiraImplementation);
        write(source.resolve("UserPropertyChangeParameter.java"),
                "package " + PACKAGE + ";\n" + shape.changeDeclaration);
        write(source.resolve("JiraChange.java"), "package " + PACKAGE + ";\n" + shape.jiraChange);
        Path classes = dir.resolve("classes");
        javac(classes, null, List.of(source.resolve("UserAnonymizationParameter.java"),
                source.resolve("JiraParameter.java"), source.resolve("UserPropertyChangeParameter.java"),
                source.resolve("JiraChange.java")));
        return classes;
    }

    private static void javac(Path classes, Path classpath, List<Path> sources) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
        if (classpath != null) {
            arguments.addAll(List.of("-cp", classpath.toString()));
        }
        sources.forEach(source -> arguments.add(source.toString()));
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac").isZero();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Path readerLocation() throws Exception {
        return Path.of(AnonymizationParameters.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * Jira's anonymize package and the classes under test from the given folders, before the test classpath (whose
     * stand-in is the class shape); everything else from the test classpath.
     */
    private static final class ChildFirst extends URLClassLoader {
        private static final Map<String, Boolean> OWN = Map.of(PACKAGE + ".", true,
                AnonymizationParameters.class.getName(), true, "io.socialdesk.probe.", true);

        ChildFirst(Path... folders) throws IOException {
            super(urls(folders), AnonymizationParametersTest.class.getClassLoader());
        }

        private static URL[] urls(Path... folders) throws IOException {
            URL[] urls = new URL[folders.length];
            for (int i = 0; i < folders.length; i++) {
                urls[i] = folders[i].toUri().toURL();
            }
            return urls;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                boolean own = OWN.keySet().stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix));
                if (!own) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
