package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewskgException;

/** With a keystore the server speaks HTTPS only, so Basic credentials never cross the wire in clear text. */
class TlsServerTest {
    private static final String PASSWORD = "changeit";

    @TempDir
    Path dir;

    @Test
    void servesQueriesAndTakesWritesOverHttpsAndNothingOverPlainHttp() throws Exception {
        Path keystore = selfSignedKeystore(dir.resolve("server.p12"));
        ServerOptions options = new ServerOptions("127.0.0.1", 0, true, "editor", "s3cret", 10, null, 3)
                .withTls(new ServerOptions.Tls(keystore, PASSWORD));
        try (TestServer s = new TestServer(dir, options)) {
            String base = "https://127.0.0.1:" + s.server.port();
            assertEquals(base + "/", s.server.url("127.0.0.1"));
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> list = https.send(HttpRequest.newBuilder(URI.create(base + "/api/queries")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("meetings-of"), list.body());

            String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
            HttpRequest write = TestServer.withAuth(HttpRequest.newBuilder(URI.create(base + "/news/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)), "editor:s3cret").build();
            int status = https.send(write, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status == 200 || status == 204, "status " + status);

            // The same port does not answer plain HTTP: no page, no redirect that would invite credentials in clear text.
            HttpRequest plain = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.server.port() + "/api/queries")).timeout(Duration.ofSeconds(20)).build();
            boolean answered;
            try {
                answered = s.http.send(plain, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                answered = false;
            }
            assertTrue(!answered, "plain HTTP got an answer on the HTTPS port");
        }
    }

    @Test
    void aMissingKeystoreOrAWrongPasswordIsOneClearErrorAtStart() throws Exception {
        Path keystore = selfSignedKeystore(dir.resolve("server.p12"));
        ServerOptions missing = TestServer.readOnly().withTls(new ServerOptions.Tls(dir.resolve("nope.p12"), PASSWORD));
        NewskgException e = assertThrows(NewskgException.class, () -> new TestServer(dir.resolve("a"), missing).close());
        assertTrue(e.getMessage().contains("nope.p12"), e.getMessage());

        ServerOptions wrong = TestServer.readOnly().withTls(new ServerOptions.Tls(keystore, "not-the-password"));
        NewskgException w = assertThrows(NewskgException.class, () -> new TestServer(dir.resolve("b"), wrong).close());
        assertTrue(w.getMessage().contains("server.p12") && w.getMessage().toLowerCase().contains("password"), w.getMessage());
    }

    /** A PKCS12 keystore with a self-signed certificate for localhost and 127.0.0.1, made by the JDK's keytool. */
    static Path selfSignedKeystore(Path file) throws IOException, InterruptedException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "newskg", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(file)) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return file;
    }

    /** A client context that trusts exactly the keystore's own certificate. */
    static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
