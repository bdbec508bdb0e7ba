package org.diplograph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code .ci/run} and the tests agree on what CI is and where the tools are. */
class CiRunTests {

    static final Path CI_RUN = Path.of("..", ".ci", "run");

    @Test
    @DisplayName(".ci/run tells the tests they run on CI, through the variable they read")
    void ciRunSetsTheVariableTheTestsRead() throws IOException {
        assertThat(Files.readString(CI_RUN)).containsPattern("(?m)^export " + RequiredTools.CI_VARIABLE + "=1$");
    }

    @Test
    @DisplayName(".ci/run checks each tool at the path the tests require it, and installs its package")
    void ciRunChecksTheToolsAtTheTestsPaths() throws IOException {
        String run = Files.readString(CI_RUN);
        for (Path tool : new Path[] {RequiredTools.CHROMIUM, RequiredTools.NBCONVERT}) {
            assertThat(run).as("the check of " + tool).contains("[ -x " + tool + " ]");
            assertThat(run).as("the package of " + tool).containsPattern("\\[ -x " + Pattern.quote(tool.toString())
                    + " \\] \\|\\| need\\+=\\(" + Pattern.quote(tool.getFileName().toString()));
        }
        Matcher python = Pattern.compile(Pattern.quote(RequiredTools.PYTHON.toString()) + " -c 'import ([a-z0-9_, ]+)'").matcher(run);
        assertThat(python.find()).as("the check of the notebook's Python modules").isTrue();
        assertThat(python.group(1).split(",\\s*")).containsExactlyInAnyOrderElementsOf(RequiredTools.PYTHON_MODULES);
        for (String module : RequiredTools.PYTHON_MODULES) {
            assertThat(run).as("the package of " + module).contains("python3-" + module);
        }
    }
}
