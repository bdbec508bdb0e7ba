package org.diplograph.cypher.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.SessionConfig;

/**
 * The sessions one Diplograph opens: on its database; reads in read mode, so that a cluster routes them to
 * secondaries, writes in write mode, to the leader. All share one bookmark manager, so a read sees every
 * write this Diplograph made before it, whichever member serves it (causal consistency); bookmarks given at
 * the start carry the same guarantee over from another process.
 */
public final class Sessions {

    private final BookmarkManager bookmarks;
    private final SessionConfig read;
    private final SessionConfig write;

    /**
     * @param database   the database name, or {@code null} for the server's default
     * @param startAfter bookmarks of writes (by other processes) that every read must see, perhaps none
     */
    public Sessions(String database, Collection<String> startAfter) {
        Set<Bookmark> initial = new LinkedHashSet<>();
        startAfter.forEach(value -> initial.add(Bookmark.from(value)));
        this.bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().withInitialBookmarks(initial).build());
        this.read = config(database, AccessMode.READ);
        this.write = config(database, AccessMode.WRITE);
    }

    private SessionConfig config(String database, AccessMode mode) {
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(mode).withBookmarkManager(bookmarks);
        if (database != null) {
            builder.withDatabase(database);
        }
        return builder.build();
    }

    /** @return a session that reads */
    public SessionConfig read() {
        return read;
    }

    /** @return a session that writes */
    public SessionConfig write() {
        return write;
    }

    /** @return the bookmarks of the latest writes this Diplograph made or was told about */
    public Set<String> bookmarks() {
        Set<String> values = new LinkedHashSet<>();
        bookmarks.getBookmarks().forEach(b -> values.add(b.value()));
        return values;
    }
}
