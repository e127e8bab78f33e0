package io.socialdesk.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The installable jar that {@code mvn package} produced; failsafe passes its path as {@code socialdesk.jar}. */
final class BuiltJar implements AutoCloseable {
    private final JarFile jar;

    private BuiltJar(JarFile jar) {
        this.jar = jar;
    }

    static BuiltJar open() throws IOException {
        String path = System.getProperty("socialdesk.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("socialdesk.jar not set or missing (" + path + "): run with mvn verify");
        }
        return new BuiltJar(new JarFile(path));
    }

    List<String> entryNames() {
        return Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
    }

    boolean has(String name) {
        return jar.getEntry(name) != null;
    }

    byte[] bytes(String name) {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
            throw new AssertionError("missing from the jar: " + name);
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    Attributes manifest() throws IOException {
        Manifest manifest = jar.getManifest();
        if (manifest == null) {
            throw new AssertionError("jar has no manifest");
        }
        return manifest.getMainAttributes();
    }

    Document xml(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return builder.parse(in);
        }
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
