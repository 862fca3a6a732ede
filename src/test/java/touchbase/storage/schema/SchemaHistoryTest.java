package touchbase.storage.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaHistoryTest {

    @TempDir
    Path dir;

    @Test
    void findsTheSqlMigrationsInTheBuiltClassesAsFlywayNamesThem() {
        assertThat(SchemaHistory.sqlVersions(getClass().getClassLoader())).contains("1", "19").doesNotContain("7.1");
    }

    @Test
    void findsTheSqlMigrationsInAJarAndOnEveryClasspathRoot() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : new String[] {"db/migration/", "db/migration/V1__first.sql", "db/migration/V2_1__minor.sql",
                "db/migration/README.txt", "db/migration/old/V9__nested.sql", "other/V5__elsewhere.sql"}) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        Path folder = Files.createDirectories(dir.resolve("classes/db/migration"));
        Files.writeString(folder.resolve("V3__third.sql"), "SELECT 1;");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(),
            dir.resolve("classes").toUri().toURL()}, null)) {
            assertThat(SchemaHistory.sqlVersions(loader)).containsExactlyInAnyOrder("1", "2.1", "3");
        }
    }
}
