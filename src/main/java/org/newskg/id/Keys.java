package org.newskg.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable, short keys: the first 64 bits of a SHA-256, in hex. */
public final class Keys {
    private Keys() {}

    /**
     * The key of an article: from its URL when that identifies a page (fragment and trailing slash
     * ignored; see {@link ArticleUrls#identity}), else from its text.
     */
    public static String articleKey(String url, String text) {
        String identity = ArticleUrls.identity(url);
        if (identity != null) {
            String u = identity.replaceFirst("#.*$", "").replaceFirst("/+$", "");
            return shortHash("url:" + u);
        }
        return shortHash("text:" + text);
    }

    /** First 16 hex digits of the SHA-256 of {@code s}. */
    public static String shortHash(String s) {
        return sha256(s).substring(0, 16);
    }

    /** The SHA-256 of {@code s} (UTF-8), in hex. */
    public static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
