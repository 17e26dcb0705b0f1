package org.anonscript.eval;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.anonscript.dicom.UidMapper;
import org.anonscript.dicom.Uids;
import org.anonscript.eval.builtins.LookupTable;

/**
 * State that lives for a whole run (many files, possibly in parallel): the UID maps of
 * {@code mapUID}/{@code mapReferencedUIDs} and DE4's {@code new UID} (so references stay consistent
 * across files, spec §12.3, §13.3), the random source of {@code newUID} (seedable for tests), the lookup
 * table, the session labels that already exist (for {@code makeSessionLabel}) and whether {@code getURL}
 * may use the network. Thread-safe.
 */
public final class EvaluationSession {

    private final RandomGenerator random;
    private final UidMapper uidMapper;
    private final LookupTable lookupTable;
    private final Set<String> existingSessions;
    private final boolean allowNetwork;
    private final Map<String, String> newUids = new ConcurrentHashMap<>();

    public EvaluationSession(RandomGenerator random, LookupTable lookupTable, Set<String> existingSessions,
            boolean allowNetwork) {
        this.random = new SynchronizedRandom(random);
        this.uidMapper = new UidMapper(this.random);
        this.lookupTable = lookupTable;
        this.existingSessions = Set.copyOf(existingSessions);
        this.allowNetwork = allowNetwork;
    }

    /** A session with a random seed, no lookup table, no existing sessions and no network. */
    public static EvaluationSession defaults() {
        return new EvaluationSession(new Random(), LookupTable.empty(), Set.of(), false);
    }

    /** Like {@link #defaults()} but reproducible. */
    public static EvaluationSession seeded(long seed) {
        return new EvaluationSession(new Random(seed), LookupTable.empty(), Set.of(), false);
    }

    public EvaluationSession withExistingSessions(Set<String> labels) {
        return new EvaluationSession(random, lookupTable, labels, allowNetwork);
    }

    public EvaluationSession withLookupTable(LookupTable table) {
        return new EvaluationSession(random, table, existingSessions, allowNetwork);
    }

    public EvaluationSession withNetwork(boolean allowed) {
        return new EvaluationSession(random, lookupTable, existingSessions, allowed);
    }

    public RandomGenerator random() {
        return random;
    }

    public UidMapper uidMapper() {
        return uidMapper;
    }

    public LookupTable lookupTable() {
        return lookupTable;
    }

    public Set<String> existingSessions() {
        return existingSessions;
    }

    public boolean allowNetwork() {
        return allowNetwork;
    }

    /** DE4 {@code new UID}: one new UID per original value for the run; a missing original gets a fresh one. */
    public String newUidFor(String original) {
        if (original == null || original.isEmpty()) {
            return Uids.newUid(random);
        }
        return newUids.computeIfAbsent(original, k -> Uids.newUid(random));
    }

    /** Files are evaluated in parallel; the generators behind it are not thread-safe. */
    private static final class SynchronizedRandom implements RandomGenerator {
        private final RandomGenerator delegate;

        SynchronizedRandom(RandomGenerator delegate) {
            this.delegate = delegate instanceof SynchronizedRandom s ? s.delegate : delegate;
        }

        @Override
        public synchronized long nextLong() {
            return delegate.nextLong();
        }

        @Override
        public synchronized int nextInt() {
            return delegate.nextInt();
        }
    }
}
