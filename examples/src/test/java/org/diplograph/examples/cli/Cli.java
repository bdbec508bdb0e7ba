package org.diplograph.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in this JVM and keeps what it printed, for tests. */
public final class Cli {

    /** The bundled sample corpus, from the examples module's folder. */
    public static final Path SAMPLE = Path.of("src/main/resources/org/diplograph/examples/sample");

    private Cli() {
    }

    /**
     * What one command did.
     *
     * @param code its exit code
     * @param out  its standard output
     * @param err  its standard error
     */
    public record Run(int code, String out, String err) {
    }

    /**
     * @param args the command line
     * @return what it did
     */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
