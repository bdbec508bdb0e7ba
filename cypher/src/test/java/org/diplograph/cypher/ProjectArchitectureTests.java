package org.diplograph.cypher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture the build enforces, over every Diplograph class a module's tests can see (its own and
 * those of the modules it depends on; test classes left out). Each module that depends on cypher runs
 * these rules through a subclass named {@code ArchitectureTests}; core checks its own two rules itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProjectArchitectureTests {

    /** The module a class was built in, read off where it was loaded from ({@code cypher/target/classes}, {@code diplograph-cypher-….jar}). */
    private static final Pattern MODULE = Pattern.compile("(?:/|diplograph-)(core|cypher|examples|benchmarks)(?:/target/|-\\d)");

    private JavaClasses classes;

    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.diplograph");
    }

    @Test
    @DisplayName("packages are free of cycles")
    void noPackageCycles() {
        slices().matching("org.diplograph.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    @DisplayName("an ..internal.. package is used only inside its own module")
    void internalStaysInItsModule() {
        noClasses().should(dependOnInternalsOfAnotherModule()).check(classes);
    }

    @Test
    @DisplayName("nothing depends on the command line")
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.diplograph.examples.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.examples.cli..")
                .check(classes);
    }

    @Test
    @DisplayName("core must not depend on Neo4j: the domain knows no database")
    void coreKnowsNoDatabase() {
        noClasses().that(inModule("core")).should().dependOnClassesThat().resideInAPackage("org.neo4j..").check(classes);
    }

    @Test
    @DisplayName("library code (core, cypher) logs through SLF4J and never prints")
    void libraryNeverPrints() {
        noClasses().that(inModule("core").or(inModule("cypher"))).should(ACCESS_STANDARD_STREAMS).check(classes);
    }

    @Test
    @DisplayName("the plugin package needs nothing but Neo4j's server API and the JDK: a server loads it alone")
    void thePluginStandsAlone() {
        // The plugin jar holds this package only, and a Neo4j server has neither the driver nor our other classes.
        classes().that().resideInAPackage("org.diplograph.cypher.plugin..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.diplograph.cypher.plugin..", "org.neo4j.graphdb..",
                        "org.neo4j.procedure..", "java..")
                .check(classes);
    }

    private static ArchCondition<JavaClass> dependOnInternalsOfAnotherModule() {
        return new ArchCondition<>("depend on an ..internal.. class of another module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType(); // an array: its element type
                    if (target.getPackageName().startsWith("org.diplograph.") && target.getPackageName().contains(".internal")
                            && !module(target).equals(module(item))) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()
                                + " (from module " + module(item) + " into module " + module(target) + ")"));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> inModule(String name) {
        return DescribedPredicate.describe("are in module " + name, c -> module(c).equals(name));
    }

    /** @return the module a class comes from, or its location when it is none of ours */
    static String module(JavaClass c) {
        String location = c.getSource().map(s -> s.getUri().toString()).orElse("");
        Matcher m = MODULE.matcher(location);
        return m.find() ? m.group(1) : location;
    }
}
