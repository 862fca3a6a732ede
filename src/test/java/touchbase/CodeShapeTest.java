package touchbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size limits of ARCHITECTURE.md and issue 11, checked on the main sources: a package holds at
 * most 25 files (its package-info not counted), a file at most 300 lines, a method or constructor at
 * most 40 lines (from the line of its name to its closing brace).
 */
class CodeShapeTest {

    static final int MAX_FILES_PER_PACKAGE = 25;
    static final int MAX_FILE_LINES = 300;
    static final int MAX_METHOD_LINES = 40;

    private static final Path MAIN = Path.of("src/main/java");

    /**
     * Offenders tolerated while they are being split: none today. Each listed one must still be over
     * its limit, so the list only shrinks. Never add to it; split the code.
     */
    private static final Set<String> KNOWN_OFFENDERS = Set.of();

    @Test
    void noPackageFileOrMethodIsTooLarge() {
        Map<String, String> offenders = offenders();

        Map<String, String> unknown = new TreeMap<>(offenders);
        unknown.keySet().removeAll(KNOWN_OFFENDERS);
        assertThat(unknown.values()).as("too large (split them)").isEmpty();
    }

    @Test
    void everyKnownOffenderIsStillOffending() {
        Set<String> offending = offenders().keySet();

        assertThat(KNOWN_OFFENDERS.stream().filter(key -> !offending.contains(key)).sorted().toList())
                .as("no longer too large: remove them from KNOWN_OFFENDERS").isEmpty();
    }

    /** Each offender's key (package, file or file#method) and what is too large about it. */
    static Map<String, String> offenders() {
        Map<String, String> offenders = new TreeMap<>();
        List<Path> files = javaFiles();
        files.stream().collect(Collectors.groupingBy(CodeShapeTest::packageOf, Collectors.counting()))
                .forEach((pkg, count) -> {
                    if (count > MAX_FILES_PER_PACKAGE) {
                        offenders.put(pkg, pkg + " holds " + count + " files (at most " + MAX_FILES_PER_PACKAGE + ")");
                    }
                });
        for (Path file : files) {
            addFileOffenders(file, read(file), offenders);
        }
        return offenders;
    }

    private static void addFileOffenders(Path file, String source, Map<String, String> offenders) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        long lines = source.lines().count();
        if (lines > MAX_FILE_LINES) {
            offenders.put(name, name + " has " + lines + " lines (at most " + MAX_FILE_LINES + ")");
        }
        for (JavaShape.Method method : JavaShape.methods(source)) {
            if (method.lines() > MAX_METHOD_LINES) {
                offenders.put(name + "#" + method.name(), name + ":" + method.firstLine() + " " + method.name()
                        + " has " + method.lines() + " lines (at most " + MAX_METHOD_LINES + ")");
            }
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('\\', '/').replace('/', '.');
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
