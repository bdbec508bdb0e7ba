package org.diplograph.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs from outside Maven that the browser and notebook tests need, at the paths {@code .ci/run}
 * checks and installs them at (Debian's packages; {@code CiRunTests} keeps the two lists in step). On CI
 * ({@value #CI_VARIABLE} set, as {@code .ci/run} does) a missing one fails the test; elsewhere the test is
 * skipped with a line naming what is missing.
 */
public final class RequiredTools {

    /** Set by {@code .ci/run}: the tests run on CI, where every tool must be present. */
    public static final String CI_VARIABLE = "DIPLOGRAPH_CI";

    /** Debian's {@code chromium}. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's {@code jupyter-nbconvert} (with {@code python3-ipykernel}). */
    public static final Path NBCONVERT = Path.of("/usr/bin/jupyter-nbconvert");
    /** The Python the notebook kernel runs. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    /** The Python modules the notebook imports, from Debian's {@code python3-*} packages. */
    public static final List<String> PYTHON_MODULES = List.of("jpype", "pandas");

    private RequiredTools() {
    }

    /** @return whether the tests run on CI */
    public static boolean onCi() {
        String value = System.getenv(CI_VARIABLE);
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    /**
     * Fails (on CI) or skips (elsewhere) the calling test unless each program is present.
     *
     * @param test     what needs them, for the message
     * @param programs the programs
     */
    public static void require(String test, Path... programs) {
        List<String> missing = new ArrayList<>();
        for (Path program : programs) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        verdict(test, missing);
    }

    /** Like {@link #require}, for the notebook: nbconvert, and Python with {@link #PYTHON_MODULES}. */
    public static void requireNotebookTools(String test) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(NBCONVERT)) {
            missing.add(NBCONVERT.toString());
        }
        for (String module : PYTHON_MODULES) {
            if (!pythonImports(module)) {
                missing.add("the Python module " + module + " (python3-" + module + ")");
            }
        }
        verdict(test, missing);
    }

    private static void verdict(String test, List<String> missing) {
        if (missing.isEmpty()) {
            return;
        }
        String what = test + " needs " + String.join(", ", missing) + ", which " + (missing.size() == 1 ? "is" : "are")
                + " not installed";
        if (onCi()) {
            fail(what + " on CI: .ci/run must install " + (missing.size() == 1 ? "it" : "them") + ".");
        }
        System.err.println("Skipped: " + what + " (.ci/run installs " + (missing.size() == 1 ? "it" : "them") + ").");
        Assumptions.abort(what + ".");
    }

    private static boolean pythonImports(String module) {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
