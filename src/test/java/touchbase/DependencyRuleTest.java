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
 * each other; {@code web} and {@code cli} reach the capabilities through their use cases, never
 * through a port (an interface that {@code storage} or {@code google} implements); only
 * {@code config} sees everything.
 */
class DependencyRuleTest {

    private static final Path MAIN = Path.of("src/main/java/touchbase");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Set<String> CORE = Set.of("domain", "planning");
    private static final Pattern IMPLEMENTS = Pattern.compile("\\bimplements\\s+([\\w.,\\s<>]+?)\\s*\\{");
    /** The ports the web layer used to be handed; the rule must at least know these. */
    private static final Set<String> KNOWN_PORTS = Set.of("touchbase.booking.TouchBases",
            "touchbase.account.AccountSettingsStore", "touchbase.account.IdempotencyKeys",
            "touchbase.colleagues.Colleagues", "touchbase.upkeep.SyncTokens", "touchbase.account.WebSessions",
            "touchbase.account.AccountProfiles", "touchbase.account.TokenVault", "touchbase.booking.CalendarEvents");
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
    void webAndCliReachNoPortNorAdapterOnlyUseCases() {
        Set<String> ports = ports();
        assertThat(ports).containsAll(KNOWN_PORTS);
        List<String> violations = new ArrayList<>();
        forEachSource((pkg, file, source) -> {
            if (!"web".equals(pkg) && !"cli".equals(pkg)) {
                return;
            }
            for (String port : ports) {
                if (Pattern.compile("\\b" + Pattern.quote(port) + "\\b").matcher(source).find()) {
                    violations.add(file + " uses the port " + port);
                }
            }
            Matcher adapter = Pattern.compile("\\btouchbase\\.(storage|google)\\.\\w+").matcher(source);
            while (adapter.find()) {
                violations.add(file + " uses " + adapter.group());
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

    /**
     * Every interface of the project that a class in {@code storage} or {@code google} implements, by
     * its full name (resolved through the implementing file's imports).
     */
    private static Set<String> ports() {
        Set<String> ports = new java.util.TreeSet<>();
        forEachSource((pkg, file, source) -> {
            if (!"storage".equals(pkg) && !"google".equals(pkg)) {
                return;
            }
            Matcher implemented = IMPLEMENTS.matcher(source);
            while (implemented.find()) {
                for (String name : implemented.group(1).split(",")) {
                    Matcher imported = Pattern.compile("^import\\s+(touchbase\\.[\\w.]*\\." + Pattern.quote(name.trim())
                            + ");", Pattern.MULTILINE).matcher(source);
                    if (imported.find()) {
                        ports.add(imported.group(1));
                    }
                }
            }
        });
        return ports;
    }

    private interface SourceVisitor {
        void visit(String pkg, Path file, String source);
    }

    private static void forEachSource(SourceVisitor visitor) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                visitor.visit(MAIN.relativize(file).getName(0).toString(), file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface ImportVisitor {
        void visit(String pkg, Path file, String imported);
    }

    private static void forEachImport(ImportVisitor visitor) {
        forEachSource((pkg, file, source) -> {
            Matcher m = IMPORT.matcher(source);
            while (m.find()) {
                visitor.visit(pkg, file, m.group(2));
            }
        });
    }
}
