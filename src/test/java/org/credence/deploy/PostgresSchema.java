package org.credence.deploy;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * An empty schema of its own in the PostgreSQL test database, for app processes started by a test
 * (the in-process PostgreSQL suite keeps the default schema). Skips the test when PostgreSQL tests are off.
 *
 * @param url JDBC URL selecting the schema
 * @param arguments what an {@link AppInstance} needs to run on it
 */
public record PostgresSchema(String url, List<String> arguments) {

    public static final String USER = "credence";
    public static final String PASSWORD = "credence";

    public static PostgresSchema fresh(String schema) throws SQLException {
        assumeFalse(
                Boolean.parseBoolean(System.getProperty("credence.test.postgres.skip", "true")),
                "PostgreSQL tests are skipped");
        String database = System.getProperty("credence.test.postgres.url");
        try (Connection admin = DriverManager.getConnection(database, USER, PASSWORD)) {
            admin.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
        String url = database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new PostgresSchema(
                url,
                List.of(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.password=" + PASSWORD,
                        "--spring.flyway.schemas=" + schema));
    }
}
