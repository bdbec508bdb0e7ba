package org.diplograph.benchmarks;

import org.diplograph.cypher.ProjectArchitectureTests;

/** The project's architecture rules over core, cypher and the benchmarks (see {@link ProjectArchitectureTests}). */
class ArchitectureTests extends ProjectArchitectureTests {
}
