package org.newskg.serve;

import java.nio.file.Files;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.newskg.NewskgException;

/**
 * Serves HTTPS instead of HTTP: the plain connector Fuseki made is replaced by one that speaks TLS with the
 * keystore's certificate (Jetty's {@link SslContextFactory}), on the same host and port. No plain port is kept
 * open beside it: a redirect from HTTP would already have sent the credentials in clear text.
 */
final class TlsConnector {
    private TlsConnector() {}

    /** Replaces {@code jetty}'s connectors with one TLS connector as {@code options} ask; call before the server starts. */
    static void install(Server jetty, ServerOptions options) {
        ServerOptions.Tls tls = options.tls();
        if (!Files.isReadable(tls.keystore())) {
            throw new NewskgException("--https-keystore " + tls.keystore() + ": no readable file there");
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password());
        HttpConfiguration https = new HttpConfiguration();
        https.setSecureScheme("https");
        https.setSendServerVersion(false);
        // A certificate made for a name (or self-signed for "localhost") must still serve clients that dial 127.0.0.1.
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(jetty, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(options.loopbackOnly() ? "localhost" : null);
        connector.setPort(options.port());
        for (Connector c : jetty.getConnectors()) jetty.removeConnector(c);
        jetty.addConnector(connector);
    }
}
