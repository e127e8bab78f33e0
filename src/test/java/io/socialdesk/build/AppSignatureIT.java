package io.socialdesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.socialdesk.build.signing.SignApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signature {@code mvn package} writes next to the jar is what UPM 8 (Jira 11) checks before installing an app:
 * Ed25519 over the jar's raw bytes, Base64 in {@code <jar>.sig}, verified with the certificate in UPM's trust store.
 */
class AppSignatureIT {
    private final Path jar = Path.of(System.getProperty("socialdesk.jar"));
    private final Path signature = jar.resolveSibling(jar.getFileName() + ".sig");
    private final Path certificate = jar.resolveSibling(
            jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-signing.crt");

    @Test
    void givenTheBuiltJar_whenVerifyingItsSignatureWithTheSigningCertificate_thenItVerifies() throws Exception {
        // given
        X509Certificate signer = certificate();
        byte[] decoded = Base64.getDecoder().decode(Files.readString(signature, StandardCharsets.US_ASCII));

        // when
        boolean valid = SignApp.verifies(signer, Files.readAllBytes(jar), decoded);

        // then
        assertThat(signer.getPublicKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
        assertThat(decoded).as("a raw Ed25519 signature").hasSize(64);
        assertThat(valid).isTrue();
    }

    /**
     * UPM 8's upload dialog may ask for the signature as a file or as text to paste: the file is one line of plain
     * Base64, so copying its whole content (with or without a trailing newline) gives UPM the same signature.
     */
    @Test
    void givenTheSignatureFile_whenAnAdminPastesItsContent_thenItIsOneLineOfBase64ForTheJar() throws Exception {
        // given
        String content = Files.readString(signature, StandardCharsets.US_ASCII);

        // when
        String pasted = content.strip();

        // then
        assertThat(pasted).matches("[A-Za-z0-9+/]+={0,2}").doesNotContain("\n");
        assertThat(content.lines().count()).isEqualTo(1);
        assertThat(SignApp.verifies(certificate(), Files.readAllBytes(jar), Base64.getDecoder().decode(pasted)))
                .isTrue();
    }

    @Test
    void givenAJarWithOneByteChanged_whenVerifying_thenTheSignatureFails() throws Exception {
        // given
        byte[] altered = Files.readAllBytes(jar);
        altered[altered.length / 2] ^= 1;
        byte[] decoded = Base64.getDecoder().decode(Files.readString(signature, StandardCharsets.US_ASCII));

        // when / then
        assertThat(SignApp.verifies(certificate(), altered, decoded)).isFalse();
    }

    @Test
    void givenOpenssl_whenRunningAtlassiansDocumentedCheck_thenItSaysVerified(@TempDir Path work) throws Exception {
        // given: "App signing troubleshooting" in UPM's documentation checks a signature exactly like this
        assumeTrue(runs(work, "openssl", "version"), "openssl is not installed: Atlassian's CLI check skipped");
        Path publicKey = work.resolve("public_key.pem");
        Path decoded = work.resolve("signature.sig");
        Files.write(decoded, Base64.getDecoder().decode(Files.readString(signature, StandardCharsets.US_ASCII)));

        // when
        boolean extracted = runs(work, "openssl", "x509", "-in", certificate.toString(), "-noout", "-pubkey",
                "-out", publicKey.toString());
        boolean verified = runs(work, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(),
                "-rawin", "-in", jar.toString(), "-sigfile", decoded.toString());

        // then
        assertThat(extracted).isTrue();
        assertThat(verified).isTrue();
    }

    private X509Certificate certificate() throws Exception {
        try (var in = Files.newInputStream(certificate)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static boolean runs(Path work, String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("out.txt").toFile()).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException notInstalled) {
            return false;
        }
    }
}
