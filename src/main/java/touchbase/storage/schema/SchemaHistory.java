package touchbase.storage.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a database already has every migration: one query on Flyway's history table against the
 * versions of the SQL files under {@code db/migration} (every classpath root, as Flyway scans them) and
 * of the Java migrations. Starting Flyway to find out costs about 400 classes and a classpath scan at
 * every start; when the answer is "current" nothing else is needed. Anything unexpected (no history
 * table, a failed or missing version, one more file) answers "not current", and Flyway then migrates,
 * validates and reports as always.
 */
public final class SchemaHistory {

    /** Where the SQL migrations live on the classpath (Flyway's {@code classpath:db/migration}). */
    public static final String LOCATION = "db/migration";

    private static final Pattern SQL_MIGRATION = Pattern.compile("V(\\d[\\d._]*)__[^/]*\\.sql");

    private SchemaHistory() {
    }

    /** True when the history lists, as applied, exactly the SQL migrations found and {@code javaVersions}. */
    public static boolean isCurrent(DataSource dataSource, Set<String> javaVersions, ClassLoader loader) {
        Set<String> available = new HashSet<>(javaVersions);
        available.addAll(sqlVersions(loader));
        return !available.isEmpty() && applied(dataSource).equals(available);
    }

    /** The versions Flyway recorded as applied successfully; empty when there is no history (a new database). */
    static Set<String> applied(DataSource dataSource) {
        Set<String> versions = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, type, success FROM flyway_schema_history")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if ("SCHEMA".equals(rows.getString(2)) || version == null) {
                    continue;
                }
                if (!rows.getBoolean(3)) {
                    return Collections.emptySet();
                }
                versions.add(version);
            }
        } catch (SQLException noHistoryYet) {
            return Collections.emptySet();
        }
        return versions;
    }

    /** The versions of the {@code V<version>__<description>.sql} files under {@link #LOCATION}. */
    static Set<String> sqlVersions(ClassLoader loader) {
        Set<String> versions = new HashSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(LOCATION))) {
                names(root).forEach(name -> {
                    Matcher file = SQL_MIGRATION.matcher(name);
                    if (file.matches()) {
                        versions.add(file.group(1).replace('_', '.'));
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static Stream<String> names(URL folder) throws IOException {
        if ("jar".equals(folder.getProtocol())) {
            String prefix = LOCATION + "/";
            return ((JarURLConnection) folder.openConnection()).getJarFile().stream().map(e -> e.getName())
                    .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                    .map(name -> name.substring(prefix.length()));
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString()).toList().stream();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the migrations at " + folder, e);
        }
    }
}
