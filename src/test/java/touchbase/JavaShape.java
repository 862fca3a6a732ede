package touchbase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shape of Java source as text, for {@link CodeShapeTest}: which methods and constructors
 * it declares and on which lines their bodies start and end. Braces count only outside comments,
 * string and text-block literals and char literals; control blocks, lambdas, initializers and
 * anonymous class bodies are not methods (the methods declared inside an anonymous class are).
 */
final class JavaShape {

    /** A method or constructor, from the line of its name to the line of its closing brace. */
    record Method(String name, int firstLine, int lastLine) {

        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    private static final String ANNOTATIONS = "(?:@[\\w$.]+\\s*(?:\\([^()]*\\))?\\s*)*";
    private static final String MODIFIERS =
            "(?:(?:public|protected|private|static|final|abstract|synchronized|native|default|strictfp)\\s+)*";
    private static final Pattern TYPE = Pattern.compile("^\\s*" + ANNOTATIONS
            + "(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
            + "(?:class|interface|enum|record|@interface)\\s+([\\w$]+)");
    private static final Pattern METHOD = Pattern.compile("^\\s*" + ANNOTATIONS + MODIFIERS
            + "(?:<[^{};]*?>\\s*)?(?:([\\w$][\\w$.<>\\[\\]?,\\s]*?)\\s+)?([\\w$]+)\\s*\\([^{};]*\\)"
            + "\\s*(?:throws\\s+[\\w$.,<>\\s]+)?$");
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile("^\\s*" + ANNOTATIONS + MODIFIERS + "([\\w$]+)\\s*$");
    private static final Set<String> NOT_A_NAME = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "try", "return", "new", "throw", "else", "do", "yield", "case");

    private enum Kind { TYPE, METHOD, BLOCK }

    /** An open brace: what it opens, and the parentheses still open outside it (a lambda or anonymous class in a call). */
    private record Frame(Kind kind, String name, int firstLine, int parensOutside) {
    }

    private JavaShape() {
    }

    /** The methods and constructors of a source file, nested ones included, in the order they close. */
    static List<Method> methods(String source) {
        String code = blanked(source);
        int[] lineAt = lineNumbers(code);
        Deque<Frame> open = new ArrayDeque<>();
        List<Method> methods = new ArrayList<>();
        int headerStart = 0;
        int parens = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == ')') {
                parens += c == '(' ? 1 : -1;
            } else if (c == '{') {
                open.push(frame(code.substring(headerStart, i), headerStart, lineAt, open, parens));
                headerStart = i + 1;
                parens = 0;
            } else if (c == '}' || (c == ';' && parens == 0)) {
                Frame closed = c == '}' && !open.isEmpty() ? open.pop() : null;
                if (closed != null) {
                    parens = closed.parensOutside();
                }
                if (closed != null && closed.kind() == Kind.METHOD) {
                    methods.add(new Method(closed.name(), closed.firstLine(), lineAt[i]));
                }
                headerStart = i + 1;
            }
        }
        return methods;
    }

    /** What the brace after {@code header} opens: a type, a method or constructor body, or another block. */
    private static Frame frame(String header, int headerStart, int[] lineAt, Deque<Frame> open, int parens) {
        Matcher type = TYPE.matcher(header);
        if (type.find()) {
            return new Frame(Kind.TYPE, type.group(1), lineAt[headerStart + type.start(1)], parens);
        }
        String enclosingType = open.stream().filter(f -> f.kind() == Kind.TYPE).map(Frame::name).findFirst().orElse("");
        Matcher method = METHOD.matcher(header);
        if (method.find() && isMethod(method.group(1), method.group(2), enclosingType)) {
            return new Frame(Kind.METHOD, method.group(2), lineAt[headerStart + method.start(2)], parens);
        }
        Matcher compact = COMPACT_CONSTRUCTOR.matcher(header);
        if (compact.find() && compact.group(1).equals(enclosingType)) {
            return new Frame(Kind.METHOD, compact.group(1), lineAt[headerStart + compact.start(1)], parens);
        }
        return new Frame(Kind.BLOCK, "", lineAt[headerStart], parens);
    }

    private static boolean isMethod(String returnType, String name, String enclosingType) {
        if (NOT_A_NAME.contains(name)) {
            return false;
        }
        if (returnType == null) {
            return name.equals(enclosingType);
        }
        String[] words = returnType.strip().split("\\s+");
        return !NOT_A_NAME.contains(words[words.length - 1]);
    }

    /** The source with every comment and literal turned into spaces (line breaks kept), so offsets stay. */
    static String blanked(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = commentOrLiteralEnd(source, i);
            if (end < 0) {
                out.append(source.charAt(i++));
                continue;
            }
            for (; i < end; i++) {
                out.append(source.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        return out.toString();
    }

    /** Where the comment or literal that starts at {@code i} ends, or -1 when none starts there. */
    private static int commentOrLiteralEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int lineEnd = s.indexOf('\n', i);
            return lineEnd < 0 ? s.length() : lineEnd;
        }
        if (s.startsWith("/*", i)) {
            int close = s.indexOf("*/", i + 2);
            return close < 0 ? s.length() : close + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            return quotedEnd(s, i + 3, "\"\"\"");
        }
        char c = s.charAt(i);
        return c == '"' || c == '\'' ? quotedEnd(s, i + 1, String.valueOf(c)) : -1;
    }

    private static int quotedEnd(String s, int from, String close) {
        int j = from;
        while (j < s.length()) {
            if (s.charAt(j) == '\\') {
                j += 2;
            } else if (s.startsWith(close, j)) {
                return j + close.length();
            } else {
                j++;
            }
        }
        return s.length();
    }

    /** The 1-based line of each offset (and of the offset just past the end). */
    private static int[] lineNumbers(String code) {
        int[] lineAt = new int[code.length() + 1];
        int line = 1;
        for (int i = 0; i < code.length(); i++) {
            lineAt[i] = line;
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        lineAt[code.length()] = line;
        return lineAt;
    }
}
