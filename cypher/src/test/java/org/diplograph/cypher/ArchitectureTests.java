package org.diplograph.cypher;

import org.diplograph.cypher.ProjectArchitectureTests;

/** The project's architecture rules over core and cypher (see {@link ProjectArchitectureTests}). */
class ArchitectureTests extends ProjectArchitectureTests {
}
