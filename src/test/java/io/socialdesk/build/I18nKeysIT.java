package io.socialdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.automation.SocialEventType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every i18n key that Java, JS, templates and the descriptor use exists in the jar's bundle. By convention every string
 * literal that starts with {@code socialdesk.} is an i18n key, and every other identifier (property keys, lock names,
 * system properties) starts with {@code io.socialdesk.}. A key literal ending in a dot is a prefix that code completes
 * (at least one key must start with it).
 */
class I18nKeysIT {
    private static final List<String> LANGUAGES = List.of("de", "fr", "es", "ja");
    private static final Pattern LITERAL = Pattern.compile("[\"'](socialdesk\\.[A-Za-z0-9_.\\-]+)[\"']");

    @Test
    void givenBuiltJar_whenCollectingUsedKeys_thenEachExistsInTheBundle() throws Exception {
        // given
        Set<String> defined;
        Set<String> used = new TreeSet<>();
        try (BuiltJar jar = BuiltJar.open()) {
            Properties bundle = new Properties();
            bundle.load(new StringReader(jar.text("i18n/socialdesk.properties")));
            defined = bundle.stringPropertyNames();

            // when
            for (String entry : jar.entryNames()) {
                if (entry.matches("(js|templates)/.*\\.(js|vm|soy)")) {
                    used.addAll(literals(jar.text(entry)));
                }
            }
            used.addAll(descriptorKeys(jar));
        }
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path file : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                used.addAll(literals(Files.readString(file)));
            }
        }

        // then
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            boolean found = key.endsWith(".")
                    ? defined.stream().anyMatch(d -> d.startsWith(key))
                    : defined.contains(key);
            if (!found) {
                missing.add(key);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(missing).as("add these keys to i18n/socialdesk.properties").isEmpty();
    }

    @Test
    void givenBuiltJar_whenComparingTheBundles_thenEveryLanguageHasExactlyTheKeysAndNoKeyIsUnused() throws Exception {
        // given
        Set<String> used = new TreeSet<>();
        Properties base = new Properties();
        List<String> problems = new ArrayList<>();
        try (BuiltJar jar = BuiltJar.open()) {
            base.load(new StringReader(jar.text("i18n/socialdesk.properties")));
            for (String entry : jar.entryNames()) {
                if (entry.matches("(js|templates)/.*\\.(js|vm|soy)")) {
                    used.addAll(literals(jar.text(entry)));
                }
            }
            used.addAll(descriptorKeys(jar));

            // when
            for (String language : LANGUAGES) {
                Properties bundle = new Properties();
                bundle.load(new StringReader(jar.text("i18n/socialdesk_" + language + ".properties")));
                for (String key : base.stringPropertyNames()) {
                    if (bundle.getProperty(key, "").isBlank()) {
                        problems.add(language + " misses " + key);
                    }
                }
                for (String key : bundle.stringPropertyNames()) {
                    if (!base.containsKey(key)) {
                        problems.add(language + " has " + key + ", which the base bundle does not");
                    }
                }
            }
        }
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path file : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                used.addAll(literals(Files.readString(file)));
            }
        }
        used.addAll(eventTypeKeys());
        for (String key : base.stringPropertyNames()) {
            boolean referenced = used.contains(key)
                    || used.stream().anyMatch(prefix -> prefix.endsWith(".") && key.startsWith(prefix));
            if (!referenced) {
                problems.add(key + " is used nowhere");
            }
        }

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void givenTheEventTypes_whenJiraLooksUpTheirNames_thenEveryBundleTranslatesThemAndEnglishIsTheStoredName()
            throws Exception {
        // given
        List<String> problems = new ArrayList<>();
        try (BuiltJar jar = BuiltJar.open()) {
            Properties english = new Properties();
            english.load(new StringReader(jar.text("i18n/socialdesk.properties")));

            // when
            for (SocialEventType type : SocialEventType.values()) {
                if (!type.displayName().equals(english.getProperty(nameKey(type)))) {
                    problems.add(nameKey(type) + " is not the stored name '" + type.displayName() + "'");
                }
            }
            for (String language : LANGUAGES) {
                Properties bundle = new Properties();
                bundle.load(new StringReader(jar.text("i18n/socialdesk_" + language + ".properties")));
                for (String key : eventTypeKeys()) {
                    String text = bundle.getProperty(key, "");
                    if (text.isBlank() || text.equals(english.getProperty(key))) {
                        problems.add(language + " does not translate " + key);
                    }
                }
            }
        }

        // then
        assertThat(problems).isEmpty();
    }

    /** The keys Jira's EventType.getNameKey and getDescKey derive from a name (published EventType source). */
    private static String nameKey(SocialEventType type) {
        return "event.type." + type.displayName().replace(" ", "").toLowerCase(Locale.ROOT) + ".name";
    }

    private static Set<String> eventTypeKeys() {
        Set<String> keys = new TreeSet<>();
        for (SocialEventType type : SocialEventType.values()) {
            keys.add(nameKey(type));
            keys.add(nameKey(type).replaceAll("\\.name$", ".desc"));
        }
        return keys;
    }

    private static Set<String> literals(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = LITERAL.matcher(source);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static Set<String> descriptorKeys(BuiltJar jar) throws Exception {
        Set<String> keys = new TreeSet<>();
        NodeList all = jar.xml("atlassian-plugin.xml").getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of("label", "description", "tooltip").contains(element.getTagName())
                    && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
            if (element.hasAttribute("i18n-name-key")) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
        }
        return keys;
    }

}
