package org.anonscript.server;

import java.util.List;

/** Parameters of {@code anonscript/runOnSamples}: the script and, optionally, sample paths instead of the configured ones. */
public final class RunParams {

    private String uri;
    private List<String> samples;

    public RunParams() {
    }

    public RunParams(String uri, List<String> samples) {
        this.uri = uri;
        this.samples = samples;
    }

    public String getUri() {
        return uri;
    }

    public List<String> getSamples() {
        return samples;
    }
}
