package org.fupin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fupin.corpus.Section;
import org.fupin.index.Analyzers;
import org.fupin.index.SectionDocuments;
import org.fupin.search.SearchLimits;
import org.fupin.testing.TestServer;
import org.fupin.vocab.Language;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup in the corpus comes back inert: escaped in titles, snippets and whole texts. */
class EscapingTest {

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path index = dir.resolve("index");
        try (FSDirectory d = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(Analyzers.forIndexing()))) {
            SectionDocuments documents = new SectionDocuments();
            for (Section s : List.of(
                    section(
                            "s1",
                            1,
                            "Loans <script>alert(1)</script> for villages",
                            "Petty loans <script>alert(1)</script> reached poor households. Second sentence.",
                            null,
                            "s2"),
                    section(
                            "s2",
                            2,
                            "Relocation <img src=x onerror=alert(1)>",
                            "Families were relocated <img src=x onerror=alert(1)> & \"resettled\" safely.",
                            "s1",
                            null))) {
                writer.addDocument(documents.toDocument(s));
            }
            writer.commit();
        }
        server = TestServer.over(index);
    }

    private static Section section(String id, int ordinal, String heading, String text, String prev, String next) {
        return new Section(
                id,
                "tiny.txt",
                "Poverty Alleviation and Development in Hebei Province",
                1,
                ordinal,
                heading,
                text,
                Province.HEBEI,
                2012,
                List.of(Program.FINANCE_CREDIT),
                "Hebei Office",
                Language.EN,
                prev,
                next);
    }

    @Test
    void scriptTagsComeBackEscapedInTitlesAndSnippets() throws Exception {
        JsonNode hit =
                server.get("/api/search?q=loans+alert").json().path("hits").get(0);

        assertEquals("s1", hit.path("id").asText());
        assertFalse(hit.path("title_html").asText().contains("<script"));
        assertTrue(
                hit.path("title_html").asText().contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"),
                hit.path("title_html").asText());
        assertTrue(
                hit.path("snippet_html").asText().startsWith("Petty <mark>loans</mark> &lt;script&gt;"),
                hit.path("snippet_html").asText());
    }

    @Test
    void aSearchOverItsTimeLimitIsA503WithRetryAfter() throws Exception {
        SearchLimits tight = new SearchLimits(1_000, 64, 100, 10_000, Duration.ofNanos(1), 1, Duration.ZERO);
        try (TestServer slow = TestServer.over(dir.resolve("index"), tight)) {
            TestServer.Reply reply = slow.get("/api/search?q=loans");

            assertEquals(503, reply.status());
            assertEquals("1", reply.raw().headers().firstValue("Retry-After").orElse(""));
            assertTrue(reply.json().path("error").path("message").asText().contains("took longer than"));
        }
    }

    @Test
    void imageTagsComeBackEscapedEvenWithoutAMatch() throws Exception {
        JsonNode hits = server.get("/api/search?q=relocated").json().path("hits");
        JsonNode all = server.get("/api/search").json().path("hits");
        JsonNode whole = server.get("/api/sections/s2?q=relocated").json();

        assertEquals(1, hits.size());
        assertTrue(hits.get(0).path("snippet_html").asText().contains("&lt;img src=x onerror=alert(1)&gt;"));
        for (JsonNode hit : all) {
            assertFalse(hit.path("title_html").asText().contains("<img"));
            assertFalse(hit.path("snippet_html").asText().contains("<img"));
            assertFalse(hit.path("snippet_html").asText().contains("<script"));
        }
        // "resettled" is marked too: relocation and resettlement are synonyms (synonyms.txt).
        assertEquals(
                "Families were <mark>relocated</mark> &lt;img src=x onerror=alert(1)&gt; &amp;"
                        + " &quot;<mark>resettled</mark>&quot; safely.",
                whole.path("text_html").asText());
        assertEquals("s1", whole.path("prev").asText());
        assertTrue(whole.path("next").isNull());
    }
}
