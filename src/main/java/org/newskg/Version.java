package org.newskg;

/** The version of newskg, as built. */
public final class Version {
    /** From the jar's manifest when packaged; the source version when run from classes. */
    public static final String CURRENT = current();

    private Version() {}

    private static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.2.0";
    }
}
