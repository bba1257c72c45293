package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Tells a write sent by a page of another site from one sent by our own pages or a non-browser client. A
 * browser that holds the user's Basic credentials sends them with any form a foreign page submits, so the
 * credentials alone do not show intent. Browsers name the page a request comes from: {@code Origin} on every
 * POST (all current browsers), {@code Referer} otherwise; a write is refused when either names another origin
 * than the server's own (scheme, host and port as the client addressed it), or names none ({@code Origin: null},
 * sent by sandboxed frames and privacy-stripped redirects). A request with neither header comes from a program
 * (curl, Jena's RDFConnection, {@code newskg ingest --store}), which no web page can make.
 */
final class CrossSiteCheck {
    private CrossSiteCheck() {}

    /** Why this request is refused as cross-site, or null when it may go on. */
    static String refusal(HttpServletRequest req) {
        String own = origin(req.getScheme(), req.getHeader("Host"));
        String origin = req.getHeader("Origin");
        if (origin != null) return judge("Origin", origin.strip(), own);
        String referer = req.getHeader("Referer");
        if (referer != null) return judge("Referer", originOf(referer.strip()), own);
        return null;
    }

    private static String judge(String header, String claimed, String own) {
        if (claimed != null && own != null && normalised(claimed).equals(own)) return null;
        return "cross-site write refused: " + header + " names " + (claimed == null ? "no usable origin" : claimed)
                + ", not this server; changes are taken only from this server's own pages or from programs that send no Origin";
    }

    /** scheme://host:port of a URL, or null when it has none (e.g. {@code null}, {@code about:blank}). */
    private static String originOf(String url) {
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getRawAuthority() == null) return null;
            return normalised(u.getScheme() + "://" + u.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(String scheme, String hostHeader) {
        return hostHeader == null ? null : normalised(scheme + "://" + hostHeader);
    }

    /** Lower case, user info dropped, the scheme's default port written out, so that equal origins compare equal. */
    private static String normalised(String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        int schemeEnd = o.indexOf("://");
        if (schemeEnd < 0) return o;
        String scheme = o.substring(0, schemeEnd);
        String authority = o.substring(schemeEnd + 3);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        boolean hasPort = authority.matches(".*:\\d+$");
        if (!hasPort) authority += scheme.equals("https") ? ":443" : ":80";
        return scheme + "://" + authority;
    }
}
