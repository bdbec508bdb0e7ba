// Diplograph from JShell: the embedded Neo4j, the sample corpus, a few questions as tables.
// Run from the repository root, after ./diplograph has built once:
//   jshell --class-path "$(ls examples/target/lib/*.jar | tr '\n' ':')examples/target/classes" examples/jshell/diplograph.jsh
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.examples.SampleCorpus;
import org.diplograph.examples.answers.Answers;
import org.diplograph.model.Period;

var out = new PrintWriter(System.out, true);
var neo4j = EmbeddedNeo4j.start(Files.createTempDirectory("diplograph-jshell-"), 0);
var graph = Diplograph.using(neo4j);
graph.writer().writeAll(SampleCorpus.factSets());
var explorer = graph.explorer();

out.println("Who talks to both Russia and NATO?");
Answers.print(explorer.brokers("RUS", "NATO"), out);

out.println("Meetings between Azerbaijan and Russia in 2020:");
Answers.print(explorer.meetingsBetween("AZE", "RUS", Period.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))), out);

out.println("From Gerasimov to Wolters:");
explorer.shortestChain("Gerasimov", "Wolters").ifPresent(chain ->
        chain.hops().forEach(hop -> out.println("  " + hop.from().name() + " -> " + hop.to().name())));

graph.close();
neo4j.close();
/exit
