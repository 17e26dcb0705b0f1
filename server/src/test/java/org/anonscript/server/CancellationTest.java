package org.anonscript.server;

import static org.anonscript.server.GeneratedSamples.el;
import static org.anonscript.server.GeneratedSamples.item;
import static org.anonscript.server.GeneratedSamples.seq;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code $/cancelRequest} over real JSON-RPC for each long request: the server answers RequestCancelled
 * (-32800), the feature stops at the checkpoint where the cancel found it (a test-run stops inside the
 * evaluator, even inside a backtracking regular expression), and the server keeps answering.
 * Deterministic: a probe holds the request at its first, middle and last checkpoint of a full run until
 * the cancel has arrived, so the request is in flight when cancelled however fast the machine is.
 */
class CancellationTest {

    static final int SAMPLES = 40;
    static final int LINES = 2_000;
    static final int REQUEST_CANCELLED = -32800;

    @TempDir
    static Path samples;

    @TempDir
    static Path slowSample;

    /** runOnSamples on one sample whose patient name makes {@code (.*a){12}} try every split of 18 a's. */
    static JsonObject slowRegexRun(String uri) {
        JsonObject params = object("uri", uri);
        JsonArray only = new JsonArray();
        only.add(slowSample.resolve("slow.dcm").toString());
        params.add("samples", only);
        return params;
    }

    @BeforeAll
    static void writeSamples() {
        GeneratedSamples.write(slowSample, "slow.dcm", el("(0010,0010)", "a".repeat(18) + "!"));
        for (int i = 0; i < SAMPLES; i++) {
            GeneratedSamples.write(samples, String.format("s%02d.dcm", i), el("(0010,0010)", "Patient^" + i),
                    seq("(0008,1115)", item(el("(0008,1150)", "1.2." + i))));
        }
    }

    /** One long request: what it shows, how the server names it, the LSP method, the document and the parameters. */
    record Case(String label, String name, String method, String text, Function<String, JsonObject> params,
            int minCheckpoints) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final String HUGE = "version \"6.3\"\n" + "(0010,0010)   :=   \"x\"  // renamed\n".repeat(LINES);

    static Stream<Case> longRequests() {
        return Stream.of(
                // one checkpoint per sample read and one per sample run
                new Case("runOnSamples over 40 samples", "runOnSamples", "anonscript/runOnSamples", "version \"6.3\"\n-(0010,0010)\n",
                        uri -> object("uri", uri), 2 * SAMPLES),
                new Case("hover with 40 samples", "hover", "textDocument/hover", "version \"6.3\"\n-(0008,1115)/(0008,1150)\n",
                        uri -> position(uri, 1, 16), 2 * SAMPLES),
                // one per line, twice (formatting, then the edits)
                new Case("formatting 2,000 lines", "formatting", "textDocument/formatting", HUGE,
                        uri -> withOptions(object("textDocument", object("uri", uri))), 2 * LINES),
                new Case("semantic tokens of 2,000 lines", "semanticTokens/full", "textDocument/semanticTokens/full", HUGE,
                        uri -> object("textDocument", object("uri", uri)), 2 * LINES / SemanticTokensFeature.CHECK_EVERY),
                // a pattern that backtracks exponentially on "aaaa…a!" (1.5 million reads): a checkpoint per 4,096
                new Case("runOnSamples with a backtracking pattern", "runOnSamples", "anonscript/runOnSamples",
                        "version \"6.3\"\n(0010,0010) ~ \"(.*a){12}\" ? -(0010,0020)\n",
                        uri -> slowRegexRun(uri), 100),
                // one per dictionary candidate
                new Case("completion", "completion", "textDocument/completion", "version \"6.3\"\n-(Pati",
                        uri -> position(uri, 1, 6), 20));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longRequests")
    void aCancelledRequestIsAnsweredWithRequestCancelledAndStopsWhereItWas(Case c) {
        try (RawJsonRpc rpc = new RawJsonRpc(SamplesAndConfigurationTest.settings(samples))) {
            String uri = "untitled:cancel.das";
            rpc.open(uri, c.text());

            Probe whole = new Probe(c.name(), 0);
            rpc.server.probe(whole);
            JsonObject full = rpc.response(rpc.request(c.method(), c.params().apply(uri)));
            assertThat(full.has("result")).as("uncancelled %s answers: %s", c, full).isTrue();
            whole.awaitEnded();
            int total = whole.checkpoints.get();
            assertThat(total).as("checkpoints in a whole %s", c).isGreaterThanOrEqualTo(c.minCheckpoints());

            // held at the feature's first checkpoint, its middle one and its last: each part of it must stop
            for (int holdAt : new int[] {2, total / 2, total}) {
                Probe held = new Probe(c.name(), holdAt);
                rpc.server.probe(held);
                int id = rpc.request(c.method(), c.params().apply(uri));
                held.awaitHeld();
                rpc.cancel(id);
                JsonObject cancelled = rpc.response(id);
                assertThat(cancelled.has("error")).as("cancelled %s answers with an error: %s", c, cancelled).isTrue();
                assertThat(cancelled.getAsJsonObject("error").get("code").getAsInt()).isEqualTo(REQUEST_CANCELLED);
                held.awaitEnded();
                assertThat(held.problem).as("probe").isNull();
                assertThat(held.endedByCancellation).as("%s stopped by the cancel at checkpoint %d", c, holdAt).isTrue();
                // stopped there, or (a test-run stopped inside the evaluator) confirmed at the very next one
                assertThat(held.checkpoints.get()).as("%s checkpoints when cancelled at %d", c, holdAt)
                        .isBetween(holdAt, holdAt + 1);
            }

            rpc.server.probe(RequestProbe.NONE);
            JsonObject again = rpc.response(rpc.request(c.method(), c.params().apply(uri)));
            assertThat(again.get("result")).as("%s after the cancel", c).isEqualTo(full.get("result"));
            JsonObject hover = rpc.response(rpc.request("textDocument/hover", position(uri, 1, 4)));
            assertThat(hover.has("result")).as("hover after the cancel: %s", hover).isTrue();
            assertThat(rpc.server.internalErrors()).isZero();
        }
    }

    /** Counts one request's checkpoints; holds it at checkpoint {@code holdAt} (0: never) until it is cancelled. */
    static final class Probe implements RequestProbe {
        final String method;
        final int holdAt;
        final AtomicInteger checkpoints = new AtomicInteger();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);
        volatile boolean endedByCancellation;
        volatile String problem;

        Probe(String method, int holdAt) {
            this.method = method;
            this.holdAt = holdAt;
        }

        @Override
        public void checkpoint(String m, CancelChecker cancel) {
            if (!m.equals(method) || checkpoints.incrementAndGet() != holdAt) {
                return;
            }
            held.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!cancel.isCanceled()) {
                if (System.nanoTime() > deadline) {
                    problem = "the cancel did not reach " + method + " within 20 s";
                    return;
                }
                Thread.onSpinWait();
            }
        }

        @Override
        public void ended(String m, boolean cancelled) {
            if (m.equals(method)) {
                endedByCancellation = cancelled;
                ended.countDown();
            }
        }

        void awaitHeld() {
            await(held, method + " never reached checkpoint " + holdAt);
        }

        void awaitEnded() {
            await(ended, method + " did not end within 20 s");
        }

        private static void await(CountDownLatch latch, String failure) {
            try {
                if (!latch.await(20, TimeUnit.SECONDS)) {
                    throw new AssertionError(failure);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(failure, e);
            }
        }
    }

    static JsonObject object(String key, Object value) {
        JsonObject o = new JsonObject();
        if (value instanceof JsonElement e) {
            o.add(key, e);
        } else {
            o.addProperty(key, value.toString());
        }
        return o;
    }

    static JsonObject position(String uri, int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        JsonObject params = object("textDocument", object("uri", uri));
        params.add("position", p);
        return params;
    }

    static JsonObject withOptions(JsonObject params) {
        JsonObject options = new JsonObject();
        options.addProperty("tabSize", 4);
        options.addProperty("insertSpaces", true);
        params.add("options", options);
        return params;
    }

}
