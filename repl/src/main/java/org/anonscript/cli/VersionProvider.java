package org.anonscript.cli;

import picocli.CommandLine;

/** Reads the version from the distribution jar's manifest (set by the build). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"anonscript " + (version == null ? "development build" : version)};
    }
}
