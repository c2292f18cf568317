package cn.xj.titlereview.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole product with the production {@code mysql} profile on the MySQL-family server
 * (here MariaDB), in a database made for this run; all such classes share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mysql", "test", "simulation"})
@TestPropertySource(locations = "classpath:test.properties")
@ContextConfiguration(initializers = MariaDbTestDatabase.Initializer.class)
public @interface MariaDbIntegrationTest {
}
