package org.diplograph.model;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.diplograph.InvalidInputException;

/**
 * The article (or other document) a FactSet's facts come from; facts in the graph name it by id.
 *
 * @param id        a short unique id, like {@code baku-2020-02-11}
 * @param title     the headline, or {@code null}
 * @param publisher who published it, or {@code null}
 * @param url       where, or {@code null}
 * @param published when, or {@code null}
 */
public record Source(String id, String title, String publisher, String url, LocalDate published) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");

    /** Validates the id form and the texts. */
    public Source {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("\"" + id + "\" is not a source id: use up to 200 letters, digits "
                    + "and . _ : / -, starting with a letter or digit, like baku-2020-02-11.");
        }
        title = TextFields.optional("title", title, TextFields.MAX_TEXT);
        publisher = TextFields.optional("publisher", publisher, TextFields.MAX_NAME);
        url = TextFields.optional("url", url, TextFields.MAX_TEXT);
    }
}
