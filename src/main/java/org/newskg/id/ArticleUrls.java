package org.newskg.id;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import org.apache.jena.rfc3986.IRI3986;
import org.apache.jena.rfc3986.Severity;

/**
 * The URLs an article may be known by: absolute http(s) URLs of a page, checked and resolved by
 * Jena's RFC 3986 parser, the one its RDF readers use, so whatever passes here is a valid IRI in any
 * export. A relative URL resolves against the page's own absolute URL, or is no URL at all.
 */
public final class ArticleUrls {
    private ArticleUrls() {}

    /** {@code href} resolved against {@code base} (either may be null) when that gives an absolute http(s) URL, else null. */
    public static String absolute(String href, String base) {
        IRI3986 iri = parse(href);
        if (iri == null) return null;
        // isAbsolute() is RFC 3986's absolute-URI, which has no fragment: ask for the scheme instead.
        if (iri.scheme() == null) {
            IRI3986 b = web(parse(base));
            if (b == null) return null;
            iri = b.resolve(iri);
        }
        iri = web(iri);
        return iri == null ? null : iri.str();
    }

    /**
     * The URL that identifies an article: as {@link #absolute}, and not a site's root (an empty path
     * or "/" without a query), which many pages give as their canonical URL and would make every page
     * of the site one article.
     */
    public static String identity(String href, String base) {
        String url = absolute(href, base);
        if (url == null) return null;
        IRI3986 iri = IRI3986.create(url);
        boolean root = (iri.path().isEmpty() || iri.path().equals("/")) && iri.query() == null;
        return root ? null : url;
    }

    /** The identity of an article's URL taken on its own. */
    public static String identity(String url) {
        return identity(url, null);
    }

    /**
     * The outlet that published a page at {@code url}: the host's registrable domain by the Public
     * Suffix List ({@code edition.cnn.com} -> {@code cnn.com}, {@code news.bbc.co.uk} -> {@code bbc.co.uk}),
     * lower case; a host with no public suffix (an address, {@code localhost}) as it is. Null when
     * {@code url} is no absolute http(s) URL.
     */
    public static String outlet(String url) {
        IRI3986 iri = web(parse(url));
        if (iri == null) return null;
        String host = iri.host().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        // An IPv6 address is no IRI path segment as it is written in a URL.
        if (!InternetDomainName.isValid(host)) return host.replace("[", "").replace("]", "").replace(':', '-');
        InternetDomainName name = InternetDomainName.from(host);
        return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : host;
    }

    private static IRI3986 parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            IRI3986 iri = IRI3986.create(s.strip());
            return iri.hasViolations(Severity.ERROR) ? null : iri;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The IRI when it is an absolute http(s) URL with a host, else null. */
    private static IRI3986 web(IRI3986 iri) {
        if (iri == null || iri.scheme() == null || !iri.hasHost() || iri.host().isEmpty()) return null;
        String scheme = iri.scheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? iri : null;
    }
}
