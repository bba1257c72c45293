package org.newskg.serve;

import java.io.InputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses request bodies over the server's limit with 413 before any servlet sees them. A body
 * sent without a Content-Length (chunked) is read here, up to the limit, and handed on from memory:
 * refusing it later, in the middle of Fuseki's reading, would come out as a 500.
 */
final class BodyLimit extends Handler.Wrapper {
    private final int maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (length > maxBytes) return refuse(request, response, callback, length + " bytes");
        if (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            InputStream in = Content.Source.asInputStream(request);
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) return refuse(request, response, callback, "more than " + maxBytes + " bytes");
            return super.handle(new Replayed(request, body), response, callback);
        }
        return super.handle(request, response, callback);
    }

    private boolean refuse(Request request, Response response, Callback callback, String size) {
        Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                "request body of " + size + " is over the server's limit of " + maxBytes + " bytes (serve --max-body)");
        return true;
    }

    /** The request with its body, already read, served again from memory. */
    private static final class Replayed extends Request.Wrapper {
        private final Content.Source body;

        Replayed(Request request, byte[] body) {
            super(request);
            this.body = Content.Source.from(ByteBuffer.wrap(body));
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }
}
