package org.diplograph.cypher.internal.write;

import java.time.LocalDate;

/**
 * A row of {@code write/merge-sources}: the {@code :Source} node of one FactSet (every property set each time).
 *
 * @param id        the source id
 * @param title     the title, or {@code null}
 * @param publisher the publisher, or {@code null}
 * @param url       the address, or {@code null}
 * @param published the publication date, or {@code null}
 */
public record SourceRow(String id, String title, String publisher, String url, LocalDate published) {
}
