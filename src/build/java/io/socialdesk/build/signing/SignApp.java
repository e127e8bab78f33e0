package io.socialdesk.build.signing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs the built app as UPM 8 (Jira 11) checks it: an Ed25519 signature over the jar's raw bytes, Base64-encoded, in
 * {@code <jar>.sig}, verifiable with the signing certificate that the admin puts in UPM's trust store (Atlassian's own
 * check is {@code openssl pkeyutl -verify -pubin -inkey <public key> -rawin -in <jar> -sigfile <decoded signature>}).
 *
 * <p>Arguments: the jar, then the PEM files of the vendor's PKCS#8 Ed25519 private key and its X.509 certificate, or
 * {@code none} twice. Without a key given by the builder it signs with a throwaway key and a one-day self-signed
 * certificate under {@code target/signing/}: good for the build's own tests, useless for a customer's Jira.
 * Writes {@code <jar>.sig} and {@code <jar without .jar>-signing.crt}, then verifies the signature once more.
 */
public final class SignApp {
    private static final String NONE = "none";

    private SignApp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SignApp <jar> <private key PEM|none> <certificate PEM|none>");
        }
        Path jar = Path.of(args[0]);
        boolean vendorKey = !NONE.equals(args[1]) && !args[1].isBlank();
        SigningIdentity identity = vendorKey
                ? SigningIdentity.load(Path.of(args[1]), Path.of(args[2]))
                : SigningIdentity.throwaway(jar.resolveSibling("signing"));
        byte[] signature = sign(identity.key(), Files.readAllBytes(jar));
        Path sig = jar.resolveSibling(jar.getFileName() + ".sig");
        Files.writeString(sig, Base64.getEncoder().encodeToString(signature), StandardCharsets.US_ASCII);
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path certificate = jar.resolveSibling(base + "-signing.crt");
        Files.writeString(certificate, pem("CERTIFICATE", identity.certificate().getEncoded()),
                StandardCharsets.US_ASCII);
        if (!verifies(identity.certificate(), Files.readAllBytes(jar), signature)) {
            throw new IllegalStateException("the signature just written does not verify with " + certificate);
        }
        System.out.println("[sign-app] " + sig.getFileName() + " written, verified with " + certificate.getFileName()
                + (vendorKey ? " (vendor key)" : " (THROWAWAY test key: give -Dsocialdesk.signing.key and "
                + "-Dsocialdesk.signing.certificate to sign a release)"));
    }

    static byte[] sign(PrivateKey key, byte[] content) throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key);
        ed25519.update(content);
        return ed25519.sign();
    }

    public static boolean verifies(X509Certificate certificate, byte[] content, byte[] signature)
            throws GeneralSecurityException {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(certificate.getPublicKey());
        ed25519.update(content);
        return ed25519.verify(signature);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    record SigningIdentity(PrivateKey key, X509Certificate certificate) {
        static SigningIdentity load(Path keyPem, Path certificatePem) throws IOException, GeneralSecurityException {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(keyPem), "PRIVATE KEY")));
            X509Certificate certificate;
            try (var in = Files.newInputStream(certificatePem)) {
                certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            byte[] probe = "socialdesk-key-check".getBytes(StandardCharsets.US_ASCII);
            if (!verifies(certificate, probe, sign(key, probe))) {
                throw new IllegalArgumentException("the signing certificate " + certificatePem
                        + " does not belong to the private key " + keyPem);
            }
            certificate.checkValidity();
            return new SigningIdentity(key, certificate);
        }

        static SigningIdentity throwaway(Path folder) throws Exception {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            X500Name name = new X500Name("CN=SocialDesk throwaway test signing, O=SocialDesk build");
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))),
                            name, pair.getPublic())
                            .build(new JcaContentSignerBuilder("Ed25519").build(pair.getPrivate())));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("throwaway.key"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            return new SigningIdentity(pair.getPrivate(), certificate);
        }

        private static byte[] der(String pem, String type) {
            String body = pem.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        }
    }
}
