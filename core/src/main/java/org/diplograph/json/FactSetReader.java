package org.diplograph.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.diplograph.InvalidInputException;
import org.diplograph.json.WireFormat.FactSetDoc;
import org.diplograph.model.FactSet;

/**
 * FactSets read one at a time from a file, so that a large corpus streams in constant memory.
 * Made by {@link FactSetJson#open(Path)}. Each {@link #next()} throws {@link InvalidInputException}
 * (naming file, line and path) for a FactSet that is not valid; reading stops there.
 */
public abstract sealed class FactSetReader implements Iterator<FactSet>, AutoCloseable
        permits FactSetReader.Lines, FactSetReader.Document {

    /** The file, as named in messages. */
    protected final String origin;
    private FactSet pending;
    private boolean read;
    private boolean done;
    private int count;

    FactSetReader(Path file) {
        this.origin = file.toString();
    }

    /** @return the 1-based line where the last FactSet returned by {@link #next()} starts */
    public abstract int line();

    /** @return the next FactSet, or {@code null} at the end */
    abstract FactSet readNext();

    @Override
    public boolean hasNext() {
        if (!read && !done) {
            pending = readNext();
            read = true;
            if (pending == null) {
                done = true;
                if (count == 0) {
                    throw new InvalidInputException(origin, null, null,
                            "The file holds no FactSet; expected " + (this instanceof Lines
                                    ? "one FactSet object per line." : "a FactSet object or an array of them."), null);
                }
            }
        }
        return !done;
    }

    @Override
    public FactSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        read = false;
        count++;
        return pending;
    }

    @Override
    public abstract void close();

    /** JSON Lines: one FactSet object per line; blank lines are skipped. */
    static final class Lines extends FactSetReader {

        private final BufferedReader reader;
        private int lineNumber;
        private int factLine;

        Lines(Path file) throws IOException {
            super(file);
            // Strict decoding: a file that is not UTF-8 is an error, not a source of U+FFFD names.
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        }

        @Override
        public int line() {
            return factLine;
        }

        @Override
        FactSet readNext() {
            while (true) {
                String text;
                try {
                    text = reader.readLine();
                } catch (CharacterCodingException e) {
                    throw new InvalidInputException(origin, lineNumber + 1, null, "The file is not valid UTF-8 text.", e);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + origin + ": " + e.getMessage(), e);
                }
                if (text == null) {
                    return null;
                }
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                factLine = lineNumber;
                try {
                    return FactSetJson.toFactSet(JsonMappers.strict().readValue(text, FactSetDoc.class));
                } catch (JsonProcessingException e) {
                    InvalidInputException described = JsonErrors.describe(e, origin, lineNumber - 1);
                    // Some errors (a string too long) carry no location; the line is still known here.
                    throw described.line().isPresent() ? described : described.at(origin, lineNumber);
                } catch (InvalidInputException e) {
                    throw e.at(origin, lineNumber);
                }
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A JSON document: one FactSet object, or an array of FactSet objects. */
    static final class Document extends FactSetReader {

        private final JsonParser parser;
        private boolean array;
        private boolean started;
        private int factLine;

        Document(Path file) throws IOException {
            super(file);
            this.parser = JsonMappers.strict().createParser(Files.newInputStream(file));
        }

        @Override
        public int line() {
            return factLine;
        }

        @Override
        FactSet readNext() {
            try {
                JsonToken token = parser.nextToken();
                if (!started) {
                    started = true;
                    if (token == JsonToken.START_ARRAY) {
                        array = true;
                        token = parser.nextToken();
                    }
                } else if (!array) {
                    if (token != null) {
                        throw new InvalidInputException(origin, parser.currentLocation().getLineNr(), null,
                                "Unexpected content after the FactSet; put several FactSets in an array or a .jsonl file.", null);
                    }
                    return null;
                }
                if (token == null) {
                    if (array) {
                        throw new InvalidInputException(origin, parser.currentLocation().getLineNr(), null,
                                "The JSON ends too early: is the file truncated?", null);
                    }
                    return null;
                }
                if (array && token == JsonToken.END_ARRAY) {
                    if (parser.nextToken() != null) {
                        throw new InvalidInputException(origin, parser.currentLocation().getLineNr(), null,
                                "Unexpected content after the array of FactSets.", null);
                    }
                    return null;
                }
                factLine = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new InvalidInputException(origin, factLine, array ? "$[" + 0 + "]" : "$",
                            "Expected a FactSet object, found " + token + ".", null);
                }
                // Several values follow each other in an array: the trailing-token check is this class's job.
                FactSetDoc doc = JsonMappers.strict().readerFor(FactSetDoc.class)
                        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readValue(parser);
                try {
                    return FactSetJson.toFactSet(doc);
                } catch (InvalidInputException e) {
                    throw e.at(origin, factLine);
                }
            } catch (JsonProcessingException e) {
                throw JsonErrors.describe(e, origin, 0);
            } catch (java.io.CharConversionException e) {
                // Bytes that no Unicode encoding makes sense of (found by FactSetJsonFuzzTests): bad input, not an I/O failure.
                throw new InvalidInputException(origin, parser.currentLocation().getLineNr() > 0
                        ? parser.currentLocation().getLineNr() : null, null,
                        "The file is not valid text (" + e.getMessage() + "); a FactSet file is UTF-8 JSON.", e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + origin + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
