package org.fupin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fupin.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The documentation cannot drift: every {@code curl 'http://localhost:7070/…'} example in README.md and docs/api.md
 * that shows its response is sent to a real server over the seed index, and every value the document shows must be
 * what the server answers. Documents may trim: a key {@code "…"} stands for omitted keys, a shorter array for its
 * first elements, a string with {@code …} for the pieces between them; timings, build times and scores (which move
 * with every ranking change the eval guards) are not compared.
 */
class DocExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CURL = Pattern.compile("^curl '(http://localhost:7070)([^']*)'\\s*(#.*)?$");
    private static final Set<String> VOLATILE = Set.of("took_ms", "built_at", "score");
    private static final String ELLIPSIS = "…";

    static TestServer server;

    /** One documented request and the response the document shows. */
    record Example(String doc, int line, String path, String shown) {}

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.seeds();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedResponseIsWhatTheServerAnswers() throws IOException {
        List<Example> examples = new ArrayList<>();
        examples.addAll(examples(Path.of("..", "README.md")));
        examples.addAll(examples(Path.of("..", "docs", "api.md")));
        assertTrue(examples.size() >= 10, "found only " + examples.size() + " examples");
        return examples.stream()
                .map(e -> DynamicTest.dynamicTest(e.doc() + ":" + e.line() + " " + e.path(), () -> check(e)));
    }

    private static void check(Example e) throws Exception {
        TestServer.Reply reply = server.get(e.path());
        JsonNode shown;
        try {
            shown = JSON.readTree(e.shown().startsWith("\"query\":") ? "{" + e.shown() + "}" : e.shown());
        } catch (JsonProcessingException truncated) {
            // A line cut inside a value ("…, Chong…"): the answer must begin with the text before the cut.
            String head = e.shown().substring(0, e.shown().lastIndexOf(ELLIPSIS));
            assertTrue(reply.body().startsWith(head), e + "\nanswer: " + reply.body());
            return;
        }
        if (shown.has("error")) {
            assertEquals(shown.path("error").path("status").asInt(), reply.status(), reply.body());
        }
        compare("$", shown, reply.json(), e);
    }

    private static void compare(String where, JsonNode shown, JsonNode actual, Example e) {
        if (actual == null || actual.isMissingNode()) {
            fail(e.doc() + ":" + e.line() + " " + where + " is documented but the server sends nothing there");
        }
        if (shown.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals(ELLIPSIS) && !VOLATILE.contains(field.getKey())) {
                    compare(where + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), e);
                }
            }
        } else if (shown.isArray()) {
            assertTrue(actual.isArray() && actual.size() >= shown.size(), where(e, where) + ": " + actual);
            for (int i = 0; i < shown.size(); i++) {
                compare(where + "[" + i + "]", shown.get(i), actual.get(i), e);
            }
        } else if (shown.isTextual() && shown.asText().contains(ELLIPSIS)) {
            for (String piece : shown.asText().split(ELLIPSIS)) {
                assertTrue(
                        actual.asText().contains(piece.strip()),
                        where(e, where) + ": '" + piece.strip() + "' not in " + actual.asText());
            }
        } else if (shown.isFloatingPointNumber()) {
            assertEquals(shown.asDouble(), actual.asDouble(), 1e-3, where(e, where));
        } else {
            assertEquals(shown, actual, where(e, where));
        }
    }

    private static String where(Example e, String path) {
        return e.doc() + ":" + e.line() + " " + e.path() + " " + path;
    }

    /** The examples of one document: curl lines with a JSON block after their sh block, or a response inline. */
    static List<Example> examples(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```sh")) {
                continue;
            }
            List<Integer> curls = new ArrayList<>();
            List<String> inline = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).equals("```"); j++) {
                Matcher m = CURL.matcher(lines.get(j));
                if (m.matches() && m.group(3) == null) {
                    curls.add(j);
                } else if (lines.get(j).startsWith("{")) {
                    inline.add(lines.get(j));
                }
            }
            List<String> shown = new ArrayList<>(inline);
            if (shown.isEmpty() && j + 1 < lines.size() && lines.get(j + 1).equals("```json")) {
                List<String> block = new ArrayList<>();
                for (int k = j + 2; k < lines.size() && !lines.get(k).equals("```"); k++) {
                    block.add(lines.get(k));
                }
                if (curls.size() == 1) {
                    shown.add(String.join("\n", block));
                } else {
                    shown.addAll(block);
                }
            }
            if (shown.size() == curls.size()) {
                for (int c = 0; c < curls.size(); c++) {
                    Matcher m = CURL.matcher(lines.get(curls.get(c)));
                    assertFalse(!m.matches());
                    out.add(new Example(doc.getFileName().toString(), curls.get(c) + 1, m.group(2), shown.get(c)));
                }
            }
            i = j;
        }
        return out;
    }
}
