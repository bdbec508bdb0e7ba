package org.diplograph.examples;

import org.diplograph.cypher.ProjectArchitectureTests;

/** The project's architecture rules over core, cypher and examples (see {@link ProjectArchitectureTests}). */
class ArchitectureTests extends ProjectArchitectureTests {
}
