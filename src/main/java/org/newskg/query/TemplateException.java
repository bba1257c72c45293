package org.newskg.query;

import org.newskg.NewskgException;

/** A template call that cannot run: an unknown template (404) or a bad parameter (400). */
public class TemplateException extends NewskgException {
    public TemplateException(String message) {
        super(message);
    }

    /** No template of that name. */
    public static final class NotFound extends TemplateException {
        public NotFound(String name) {
            super("no query template named \"" + name + "\" (see 'newskg queries' or /api/queries)");
        }
    }
}
