package touchbase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class JavaShapeTest {

    @Test
    void aMethodRunsFromItsNameToItsClosingBrace() {
        String source = """
                class A {
                    @Override
                    public String toString() {
                        return "A";
                    }
                }
                """;

        assertThat(JavaShape.methods(source)).extracting(JavaShape.Method::name, JavaShape.Method::firstLine,
                JavaShape.Method::lines).containsExactly(tuple("toString", 3, 3));
    }

    @Test
    void bracesInStringsTextBlocksCharsAndCommentsAreNotCounted() {
        String source = "class A {\n"
                + "    void a() {\n"
                + "        String s = \"{\" + '{' + \"\\\"{\";\n"
                + "        String t = \"\"\"\n            { \\\"\"\" }\n            \"\"\";\n"
                + "        // {\n"
                + "        /* { */\n"
                + "    }\n"
                + "    void b() {\n"
                + "    }\n"
                + "}\n";

        assertThat(JavaShape.methods(source)).extracting(JavaShape.Method::name, JavaShape.Method::lines)
                .containsExactly(tuple("a", 8), tuple("b", 2));
    }

    @Test
    void controlBlocksLambdasAndInitializersAreNotMethods() {
        String source = """
                class A {
                    static {
                        System.out.println();
                    }
                    void run(java.util.List<String> xs) {
                        for (int i = 0; i < 2; i++) {
                        }
                        if (xs.isEmpty()) {
                        } else if (xs.size() == 1) {
                        } else {
                        }
                        xs.forEach(x -> {
                            System.out.println(x);
                        });
                        try {
                        } catch (RuntimeException e) {
                        } finally {
                        }
                        int n = switch (xs.size()) {
                            case 0 -> {
                                yield 1;
                            }
                            default -> 2;
                        };
                    }
                }
                """;

        assertThat(JavaShape.methods(source)).extracting(JavaShape.Method::name).containsExactly("run");
    }

    @Test
    void constructorsCompactConstructorsAndAnonymousClassMethodsAreMethods() {
        String source = """
                class A {
                    A(int x) {
                    }
                    record R(int y) {
                        R {
                        }
                    }
                    <T> java.util.List<T> generic(
                            T first,
                            T second) throws java.io.IOException {
                        Runnable r = new Runnable() {
                            public void run() {
                            }
                        };
                        return java.util.List.of(first, second);
                    }
                }
                """;

        assertThat(JavaShape.methods(source)).extracting(JavaShape.Method::name, JavaShape.Method::firstLine)
                .containsExactlyInAnyOrder(tuple("A", 2), tuple("R", 5), tuple("run", 12), tuple("generic", 8));
    }
}
