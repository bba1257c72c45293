package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.extract.Extraction;

/**
 * Gives each event its kind in newskg's scheme ({@code ontology/event-kinds.ttl}) and that kind's CAMEO
 * and PLOVER codes. The scheme is data: which class, status or weapon makes which kind is read from it,
 * once.
 */
public final class EventCoding {
    /** An event's kind (a concept IRI) and its codes; {@code ploverMode} may be null. */
    public record Code(String kind, String cameo, String ploverType, String ploverMode) {}

    /** The scheme as packed in the jar. */
    public static final String RESOURCE = "/newskg/ontology/event-kinds.ttl";
    private static final EventCoding BUNDLED = new EventCoding(load());

    private final Map<String, Code> byStatus = new HashMap<>();
    private final Map<String, Code> byWeapon = new HashMap<>();
    private final Map<String, Code> byDefault = new HashMap<>();

    EventCoding(Model scheme) {
        for (Resource kind : scheme.listSubjectsWithProperty(NKG.codesClass).toList()) {
            String cls = kind.getPropertyResourceValue(NKG.codesClass).getLocalName();
            Code code = new Code(kind.getURI(), string(kind, NKG.cameoCode), string(kind, NKG.ploverType), string(kind, NKG.ploverMode));
            for (Statement s : kind.listProperties(NKG.codesStatus).toList()) put(byStatus, cls + " " + s.getString(), code);
            for (Statement s : kind.listProperties(NKG.codesWeapon).toList()) put(byWeapon, cls + " " + s.getString().toLowerCase(Locale.ROOT), code);
            if (kind.hasLiteral(NKG.codesByDefault, true)) put(byDefault, cls, code);
        }
    }

    /** The scheme newskg ships. */
    public static EventCoding bundled() {
        return BUNDLED;
    }

    /** The kind and codes of {@code e}: by its status, else its weapon, else its class's default. */
    public Code code(Extraction.Event e) {
        String cls = e.kind().name();
        Code c = e.status() == null ? null : byStatus.get(cls + " " + e.status());
        if (c == null && e.weapon() != null) c = byWeapon.get(cls + " " + e.weapon().toLowerCase(Locale.ROOT));
        return c != null ? c : byDefault.get(cls);
    }

    /** Every kind's code, for tests and documentation. */
    List<Code> all() {
        List<Code> out = new ArrayList<>(byStatus.values());
        out.addAll(byWeapon.values());
        out.addAll(byDefault.values());
        return out;
    }

    private static void put(Map<String, Code> map, String key, Code code) {
        Code before = map.put(key, code);
        if (before != null && !before.equals(code)) {
            throw new IllegalStateException("event kinds " + before.kind() + " and " + code.kind() + " both claim " + key);
        }
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }

    private static Model load() {
        try (InputStream in = EventCoding.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
