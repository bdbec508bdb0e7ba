package org.diplograph.convert;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.diplograph.InvalidInputException;

/**
 * The lines of a text file, numbered, read as UTF-8 (a byte that is not UTF-8 becomes U+FFFD rather than
 * stopping a file of a million rows); {@code .gz} files and {@code .zip} archives (their first file, as
 * GDELT publishes them) are read through without unpacking.
 */
public final class LineReader implements AutoCloseable {

    private final BufferedReader reader;
    private final String origin;
    private long line;

    private LineReader(BufferedReader reader, String origin) {
        this.reader = reader;
        this.origin = origin;
    }

    /**
     * @param file a text file, {@code .gz} or {@code .zip}
     * @return a reader of its lines; close it
     * @throws InvalidInputException when the file is missing, or an archive holds no file
     */
    public static LineReader open(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            } else if (name.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(in);
                in = zip;
                ZipEntry entry = zip.getNextEntry();
                while (entry != null && entry.isDirectory()) {
                    entry = zip.getNextEntry();
                }
                if (entry == null) {
                    throw new InvalidInputException(file.toString(), null, null, "The zip archive holds no file.", null);
                }
            }
            return new LineReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), file.toString());
        } catch (NoSuchFileException e) {
            close(in);
            throw new InvalidInputException(file.toString(), null, null, "The file does not exist; check the path.", e);
        } catch (IOException e) {
            close(in);
            throw new InvalidInputException(file.toString(), null, null, "The file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * @return the next line without its line end, or {@code null} at the end of the file
     * @throws UncheckedIOException when reading fails
     */
    public String next() {
        try {
            String text = reader.readLine();
            if (text != null) {
                line++;
                if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + origin + " after line " + line + ": " + e.getMessage(), e);
        }
    }

    /** @return the 1-based number of the line {@link #next()} returned last */
    public long line() {
        return line;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the first failure is the one reported
            }
        }
    }
}
