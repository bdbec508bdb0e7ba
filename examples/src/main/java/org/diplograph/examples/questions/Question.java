package org.diplograph.examples.questions;

import java.util.function.Function;
import org.diplograph.explorer.Explorer;

/**
 * An example question: in plain words, as the Java call that answers it, and as a {@code .cypher} file
 * (under {@code org/diplograph/examples/questions/}) an analyst can paste into Neo4j Browser.
 *
 * @param words  the question as an analyst asks it
 * @param call   the Explorer call that answers it, as written in Java
 * @param cypher the name of the paste-able Cypher file
 * @param answer the call itself
 */
public record Question(String words, String call, String cypher, Function<Explorer, Object> answer) {
}
