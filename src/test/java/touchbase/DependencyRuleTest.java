package touchbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rule of ARCHITECTURE.md, checked on the imports of the main sources: the core
 * ({@code domain}, {@code planning}) imports only {@code java.*} and itself; adapters never import
 * each other; only {@code config} sees everything.
 */
class DependencyRuleTest {

    private static final Path MAIN = Path.of("src/main/java/touchbase");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Set<String> CORE = Set.of("domain", "planning");
    private static final Set<String> CAPABILITIES = Set.of("account", "colleagues", "booking", "upkeep", "feed");
    private static final Map<String, Set<String>> ALLOWED_PROJECT_IMPORTS = Map.ofEntries(
            Map.entry("domain", Set.of("domain")),
            Map.entry("planning", Set.of("domain", "planning")),
            Map.entry("account", withCore(CAPABILITIES)),
            Map.entry("colleagues", withCore(CAPABILITIES)),
            Map.entry("booking", withCore(CAPABILITIES)),
            Map.entry("upkeep", withCore(CAPABILITIES)),
            Map.entry("google", withCore(CAPABILITIES, "google")),
            Map.entry("storage", withCore(CAPABILITIES, "storage")),
            Map.entry("feed", withCore(CAPABILITIES, "feed")),
            Map.entry("web", withCore(CAPABILITIES, "web")),
            Map.entry("cli", withCore(CAPABILITIES, "cli", "config")));

    private static Set<String> withCore(Set<String> capabilities, String... more) {
        Set<String> allowed = new java.util.HashSet<>(capabilities);
        allowed.add("domain");
        allowed.add("planning");
        allowed.addAll(List.of(more));
        return Set.copyOf(allowed);
    }

    @Test
    void theCoreImportsOnlyJavaAndItself() {
        List<String> violations = new ArrayList<>();
        forEachImport((pkg, file, imported) -> {
            if (CORE.contains(pkg) && !imported.startsWith("java.") && !isProjectImportAllowed(pkg, imported)) {
                violations.add(file + " imports " + imported);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void adaptersDoNotImportEachOther() {
        List<String> violations = new ArrayList<>();
        forEachImport((pkg, file, imported) -> {
            if (imported.startsWith("touchbase.") && !"config".equals(pkg) && !isProjectImportAllowed(pkg, imported)) {
                violations.add(file + " imports " + imported);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyTheFeedImportsIcal4j() {
        List<String> violations = new ArrayList<>();
        forEachImport((pkg, file, imported) -> {
            if (imported.startsWith("net.fortuna.ical4j") && !"feed".equals(pkg) && !isEmulator(file)) {
                violations.add(file + " imports " + imported);
            }
        });
        assertThat(violations).isEmpty();
    }

    private static boolean isEmulator(Path file) {
        return file.toString().replace('\\', '/').contains("google/emulator/");
    }

    private static boolean isProjectImportAllowed(String pkg, String imported) {
        if (!imported.startsWith("touchbase.")) {
            return true;
        }
        String target = imported.substring("touchbase.".length()).split("\\.")[0];
        return ALLOWED_PROJECT_IMPORTS.getOrDefault(pkg, Set.of()).contains(target);
    }

    private interface ImportVisitor {
        void visit(String pkg, Path file, String imported);
    }

    private static void forEachImport(ImportVisitor visitor) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    visitor.visit(pkg, file, m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
