package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RegexCacheTest {

    @Test
    void aPatternIsCompiledOnceAndReused() {
        assertThat(RegexCache.compile("10\\d{2}")).isSameAs(RegexCache.compile("10\\d{2}"));
    }

    @Test
    void theCacheStaysCorrectPastItsBound() {
        for (int i = 0; i < 2000; i++) {
            String regex = "x{" + i + "}";
            assertThat(RegexCache.fullMatch("x".repeat(i), regex)).as(regex).isTrue();
        }
        assertThat(RegexCache.fullMatch("xx", "x{2}")).isTrue();
    }

    @Test
    void itIsSafeToUseFromParallelEvaluations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 3000; i++) {
                        Pattern p = RegexCache.compile("(a|b){" + (i % 700) + "}");
                        if (!p.matcher("ab".repeat(i % 700).substring(0, i % 700)).matches()) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
