package org.diplograph.cypher;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (the Harness) per test class, shared by its tests and its {@code @Nested}
 * classes, reached over Bolt by a
 * real driver: tests see exactly what users of the library see. Inject {@link Driver} or {@link Neo4j}
 * into test methods, constructors or {@code @BeforeAll} methods.
 */
public final class Neo4jExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** Makes the class's database give up waiting for a lock after this long (a transient error), as a server may. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface LockTimeout {
        /** @return the lock acquisition timeout in milliseconds */
        long millis();
    }

    /** Registers procedures in the class's database, as a server's plugins folder would. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Procedures {
        /** @return the procedure classes */
        Class<?>[] value();
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Neo4jExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // @Nested classes inherit the extension: they share the enclosing class's database
        if (context.getParent().map(parent -> find(parent, Driver.class)).orElse(null) != null) {
            return;
        }
        LockTimeout lockTimeout = context.getRequiredTestClass().getAnnotation(LockTimeout.class);
        Procedures procedures = context.getRequiredTestClass().getAnnotation(Procedures.class);
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder();
        for (Class<?> procedure : procedures == null ? new Class<?>[0] : procedures.value()) {
            builder = builder.withProcedure(procedure);
        }
        Neo4j neo4j = builder
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.lock_acquisition_timeout,
                        lockTimeout == null ? Duration.ZERO : Duration.ofMillis(lockTimeout.millis()))
                .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
        Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build());
        context.getStore(NAMESPACE).put(Neo4j.class, neo4j);
        context.getStore(NAMESPACE).put(Driver.class, driver);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Driver driver = context.getStore(NAMESPACE).remove(Driver.class, Driver.class);
        Neo4j neo4j = context.getStore(NAMESPACE).remove(Neo4j.class, Neo4j.class);
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Driver.class || type == Neo4j.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Object value = context.getRoot().equals(context) ? null : find(context, type);
        if (value == null) {
            throw new IllegalStateException("Neo4jExtension has not started a database for " + context.getDisplayName());
        }
        return value;
    }

    private static Object find(ExtensionContext context, Class<?> type) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Object value = c.getStore(NAMESPACE).get(type);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
