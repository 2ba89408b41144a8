package io.zongjie.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ({@code Implementation-Version}), or "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    static String get() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"zongjie " + get(), "Java " + System.getProperty("java.version")};
    }
}
