package org.newskg.ingest;

/**
 * A page or feed as a server sent it.
 *
 * @param url          the URL asked for
 * @param finalUrl     the URL answered, after redirects
 * @param notModified  true when the server said 304: the copy already held is current, and there is no body
 * @param body         the bytes (empty when not modified)
 * @param mediaType    the Content-Type's media type, lower case, without parameters, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header as sent, or null
 */
public record Fetched(String url, String finalUrl, boolean notModified, byte[] body, String mediaType, String etag, String lastModified) {}
