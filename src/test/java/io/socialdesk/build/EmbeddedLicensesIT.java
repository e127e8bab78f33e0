package io.socialdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every library embedded in the jar is under a licence we may redistribute in a commercial app. The licence is read
 * from the library's own POM in the local Maven repository, following parent POMs where the child does not say.
 */
class EmbeddedLicensesIT {
    private static final List<String> ALLOWED = List.of(
            "apache license, version 2.0", "apache-2.0", "the apache software license, version 2.0",
            "apache license 2.0", "the apache license, version 2.0", "apache 2", "mit", "the mit license", "mit license",
            "bsd", "the bsd license", "new bsd license", "bsd-3-clause", "the bsd 3-clause license",
            "bsd 3-clause", "bsd-2-clause", "eclipse public license - v 2.0", "epl-2.0");
    private static final Pattern ARTIFACT = Pattern.compile("g=\"([^\"]+)\";a=\"([^\"]+)\";v=\"([^\"]+)\"");

    @Test
    void givenEmbeddedArtifacts_whenReadingTheirPoms_thenEveryLicenceIsAllowed() throws Exception {
        // given
        String embedded;
        try (BuiltJar jar = BuiltJar.open()) {
            embedded = jar.manifest().getValue("Embedded-Artifacts");
        }
        assertThat(embedded).as("Embedded-Artifacts header").isNotBlank();
        Path repo = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
        List<String> problems = new ArrayList<>();

        // when
        Matcher matcher = ARTIFACT.matcher(embedded);
        int count = 0;
        while (matcher.find()) {
            count++;
            String coordinates = matcher.group(1) + ":" + matcher.group(2) + ":" + matcher.group(3);
            List<String> licences = licences(repo, matcher.group(1), matcher.group(2), matcher.group(3));
            if (licences.isEmpty()) {
                problems.add(coordinates + " declares no licence");
            } else if (licences.stream().noneMatch(l -> ALLOWED.contains(l.toLowerCase(Locale.ROOT).trim()))) {
                problems.add(coordinates + " is licensed " + licences);
            }
        }

        // then
        assertThat(count).isPositive();
        assertThat(problems).isEmpty();
    }

    private static List<String> licences(Path repo, String group, String artifact, String version) throws Exception {
        Path pom = repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".pom");
        if (!Files.isRegularFile(pom)) {
            throw new AssertionError("POM not in local repository: " + pom);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(pom.toFile());
        Element project = doc.getDocumentElement();
        List<String> names = new ArrayList<>();
        NodeList licenceNodes = project.getElementsByTagName("license");
        for (int i = 0; i < licenceNodes.getLength(); i++) {
            NodeList name = ((Element) licenceNodes.item(i)).getElementsByTagName("name");
            if (name.getLength() > 0) {
                names.add(name.item(0).getTextContent());
            }
        }
        if (!names.isEmpty()) {
            return names;
        }
        NodeList parents = project.getElementsByTagName("parent");
        if (parents.getLength() == 0) {
            return names;
        }
        Element parent = (Element) parents.item(0);
        return licences(repo, child(parent, "groupId"), child(parent, "artifactId"), child(parent, "version"));
    }

    private static String child(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
