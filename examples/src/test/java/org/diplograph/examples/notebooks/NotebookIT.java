package org.diplograph.examples.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.examples.RequiredTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jupyter notebook (Python kernel, JPype, pandas) and the JShell script, executed headless as an
 * analyst would run them, against the classes and jars this build just packaged.
 */
class NotebookIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path TARGET = Path.of("target").toAbsolutePath();
    /**
     * The JVMs started here (JPype's, jshell's and its execution engine) run one short script each: compiling
     * with C1 only halves the CPU they take to start Neo4j. It changes how fast they run, not what they run.
     */
    static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    @Test
    void theNotebookRunsHeadlessAndShowsDataFrames(@TempDir Path tmp) throws Exception {
        RequiredTools.requireNotebookTools("NotebookIT");   // on CI they must be there; elsewhere skipped, naming them
        Path nbconvert = RequiredTools.NBCONVERT;
        Path executed = tmp.resolve("executed.ipynb");
        ProcessBuilder builder = new ProcessBuilder(nbconvert.toString(), "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=300", "--output", executed.toString(), "diplograph.ipynb")
                .directory(ROOT.resolve("examples/notebooks").toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("nbconvert.log").toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", QUICK_START);   // read by the JVM JPype starts in the kernel
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(400, TimeUnit.SECONDS);
        String log = Files.readString(tmp.resolve("nbconvert.log"));
        assertThat(finished).as(log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        String notebook = Files.readString(executed);
        assertThat(notebook).contains("9 FactSets loaded", "Najmeddin Sadikov", "Valery Gerasimov", "broker.name")
                .doesNotContain("\"output_type\": \"error\"");
    }

    @Test
    void theJShellScriptRuns(@TempDir Path tmp) throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assertThat(jshell).isExecutable();
        String classpath;
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            classpath = Stream.concat(jars.sorted().map(Path::toString), Stream.of(TARGET.resolve("classes").toString()))
                    .collect(Collectors.joining(File.pathSeparator));
        }
        Process process = new ProcessBuilder(List.of(jshell.toString(), "-J" + QUICK_START, "-R" + QUICK_START,
                "--class-path", classpath, ROOT.resolve("examples/jshell/diplograph.jsh").toString()))
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("jshell.log").toFile())
                .start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(300, TimeUnit.SECONDS);
        String log = Files.readString(tmp.resolve("jshell.log"));
        assertThat(finished).as(log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("Who talks to both Russia and NATO?", "Najmeddin Sadikov",
                "Valery Gerasimov -> Najmeddin Sadikov", "Najmeddin Sadikov -> Tod Wolters");
    }

}
