package org.newskg.id;

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
