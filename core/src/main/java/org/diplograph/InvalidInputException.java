package org.diplograph;

import java.util.Optional;

/**
 * Input that cannot be accepted: malformed JSON, an unknown field, an impossible date, an id of the
 * wrong form, a fact naming an actor the FactSet does not declare, a writing statement given to the
 * read-only API.
 *
 * <p>The message names the place: the file, the line where known and the JSON path, for example
 * {@code corpus.jsonl, line 7, $.meetings[2].on: "2020-02-30" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).}
 */
public class InvalidInputException extends DiplographException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final Integer line;
    private final String path;
    private final String problem;

    /**
     * @param problem what is wrong, as a sentence
     */
    public InvalidInputException(String problem) {
        this(null, null, null, problem, null);
    }

    /**
     * @param file    the file (or other named input) the problem is in, or {@code null}
     * @param line    the 1-based line, or {@code null} when not known
     * @param path    the JSON path of the offending value (like {@code $.meetings[2].on}), or {@code null}
     * @param problem what is wrong, as a sentence
     * @param cause   the underlying failure, or {@code null}
     */
    public InvalidInputException(String file, Integer line, String path, String problem, Throwable cause) {
        super(format(file, line, path, problem), cause);
        this.file = file;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    /** @return the file the problem is in, when known */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** @return the 1-based line of the problem, when known */
    public Optional<Integer> line() {
        return Optional.ofNullable(line);
    }

    /** @return the JSON path of the offending value, when known */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** @return the problem without its place */
    public String problem() {
        return problem;
    }

    /**
     * The same problem, placed in a file (and line) that the thrower did not know about.
     *
     * @param inFile the file
     * @param atLine the line, or {@code null} to keep the known one
     * @return a new exception with the place filled in
     */
    public InvalidInputException at(String inFile, Integer atLine) {
        return new InvalidInputException(inFile, atLine != null ? atLine : line, path, problem, getCause());
    }

    /**
     * The same problem one level deeper in a JSON document, for example {@code $.meetings[2]} + {@code .on}.
     *
     * @param prefix the JSON path of the enclosing value
     * @return a new exception whose path starts with {@code prefix}
     */
    public InvalidInputException under(String prefix) {
        String joined = path == null ? prefix : prefix + path.substring(1);
        return new InvalidInputException(file, line, joined, problem, getCause());
    }

    private static String format(String file, Integer line, String path, String problem) {
        StringBuilder place = new StringBuilder();
        if (file != null) {
            place.append(file);
        }
        if (line != null) {
            place.append(place.length() > 0 ? ", " : "").append("line ").append(line);
        }
        if (path != null) {
            place.append(place.length() > 0 ? ", " : "").append(path);
        }
        return place.length() == 0 ? problem : place + ": " + problem;
    }
}
