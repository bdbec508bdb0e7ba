package org.diplograph.cypher;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;

/**
 * How Diplograph talks to its database; immutable, made with {@link #builder()} or {@link #defaultConfig()}.
 *
 * @param database        the database name, or {@code null} for the server's default
 * @param batchFacts      how many facts (roles, meetings, partnerships, memberships) one write
 *                        transaction takes at most during bulk ingest; FactSets are never split
 * @param maxRetryTime    how long a write is retried on transient errors before giving up (for the driver
 *                        {@link Diplograph#connect} makes; a driver passed to {@link Diplograph#using} keeps its own)
 * @param startAfter      bookmarks of writes made elsewhere (another process's {@link Diplograph#bookmarks()}) that
 *                        every read must see; empty for none
 */
public record DiplographConfig(String database, int batchFacts, Duration maxRetryTime, Set<String> startAfter) {

    /** Validates the numbers. */
    public DiplographConfig {
        if (batchFacts < 1) {
            throw new IllegalArgumentException("batchFacts must be at least 1");
        }
        if (maxRetryTime == null || maxRetryTime.isNegative()) {
            throw new IllegalArgumentException("maxRetryTime must be zero or more");
        }
        startAfter = startAfter == null ? Set.of() : Set.copyOf(startAfter);
    }

    /** @return the default database, batches of 10,000 facts, 30 s of retries */
    public static DiplographConfig defaultConfig() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DiplographConfig}. */
    public static final class Builder {
        private String database;
        private int batchFacts = 10_000;
        private Duration maxRetryTime = Duration.ofSeconds(30);
        private Set<String> startAfter = Set.of();

        private Builder() {
        }

        /**
         * @param name the database name, or {@code null} for the server's default
         * @return this builder
         */
        public Builder database(String name) {
            this.database = name;
            return this;
        }

        /**
         * @param facts facts per write transaction during bulk ingest
         * @return this builder
         */
        public Builder batchFacts(int facts) {
            this.batchFacts = facts;
            return this;
        }

        /**
         * @param time how long writes are retried on transient errors
         * @return this builder
         */
        public Builder maxRetryTime(Duration time) {
            this.maxRetryTime = time;
            return this;
        }

        /**
         * Makes every read see writes another process made (causal consistency across processes): pass the
         * bookmarks that process's {@link Diplograph#bookmarks()} gave after writing.
         *
         * @param bookmarks the bookmarks
         * @return this builder
         */
        public Builder startAfter(Collection<String> bookmarks) {
            this.startAfter = Set.copyOf(bookmarks);
            return this;
        }

        /** @return the configuration */
        public DiplographConfig build() {
            return new DiplographConfig(database, batchFacts, maxRetryTime, startAfter);
        }
    }
}
