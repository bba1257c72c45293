package org.newskg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Breaking a response whose status and first bytes are already sent, so that the client sees an error, not a short success. */
final class Abort {
    private Abort() {}

    /**
     * Closes the request's connection at once, without the chunked body's last chunk (HTTP/1.1): the
     * client's read fails ("chunked transfer encoding ...", "EOF reached") where a normal end would
     * look complete. Safe from any thread; a write blocked on a client that stopped reading fails at
     * once. (Aborting the servlet channel instead waits for that write.)
     */
    static void connection(HttpServletRequest req, String why, Throwable cause) {
        ServletContextRequest.getServletContextRequest(req).getConnectionMetaData().getConnection().getEndPoint()
                .close(new IOException(why, cause));
    }
}
