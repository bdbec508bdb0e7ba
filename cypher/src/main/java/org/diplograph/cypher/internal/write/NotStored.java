package org.diplograph.cypher.internal.write;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a write row that drives its statement but is not a property of the edge it writes: the
 * ids of the two ends, and {@code seenSources}. Every other field of an {@link EdgeRow} is stored on the
 * edge under its own name, by the statement and by the offline first load alike.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface NotStored {
}
