package org.fupin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupin.query.GlossaryExpander;
import org.fupin.query.MatchMode;
import org.fupin.testing.SeedIndex;
import org.fupin.vocab.Language;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repeated search is answered from the result cache, a different one is not, and a rebuild makes every cached
 * answer unreachable: the same request then shows the new index.
 */
class ResultCacheTest {

    @TempDir
    Path dir;

    @Test
    void repeatedRequestIsAnsweredFromTheCacheUntilTheIndexChanges() throws Exception {
        // This test adds a report and rebuilds: its own copies of the seeds and of their index.
        Path seeds = SeedIndex.copyOfSeeds(dir.resolve("seeds"));
        try (IndexHandle index = IndexHandle.open(SeedIndex.copyInto(dir))) {
            SearchService service =
                    new SearchService(index, SearchLimits.defaults(), GlossaryExpander.bundled(), "test");
            SearchRequest rainPlan = request("rain plan", List.of());

            SearchResponse first = service.search(rainPlan);
            SearchResponse again = service.search(rainPlan);
            SearchResponse filtered = service.search(request("rain plan", List.of(Province.HEBEI)));

            assertEquals(36, first.total());
            assertSame(first.hits(), again.hits(), "the second answer is the stored one");
            assertEquals(first.total(), again.total());
            assertNotSame(first.hits(), filtered.hits(), "another filter is another request");

            // A second copy of a report: its sections are new ones, so the rebuilt index has more matches.
            Files.copy(seeds.resolve("000_b3d14455ec84c97b.txt"), seeds.resolve("005_copy.txt"));
            new Reindexer(seeds, index).rebuild();
            SearchResponse rebuilt = service.search(rainPlan);

            assertNotSame(first.hits(), rebuilt.hits(), "answers of the old index are not reused");
            assertNotEquals(first.total(), rebuilt.total());
        }
    }

    @Test
    void boundedByTheEstimatedSizeLeastRecentlyUsedOut() throws Exception {
        try (IndexHandle index = IndexHandle.open(SeedIndex.path())) {
            SearchService service =
                    new SearchService(index, SearchLimits.defaults(), GlossaryExpander.bundled(), "test");
            SearchResponse answer = service.search(request("poverty", List.of()));
            long size = ResultCache.estimate(answer);
            ResultCache cache = new ResultCache(3 * size);
            var searcher = index.acquire();
            try {
                for (String q : List.of("a", "b", "c", "d", "e")) {
                    cache.put(ResultCache.key(searcher, request(q, List.of())), answer);
                }
                assertEquals(3, cache.size(), "the two least recently used answers left");
                assertNull(cache.get(ResultCache.key(searcher, request("a", List.of()))));
                assertSame(answer, cache.get(ResultCache.key(searcher, request("e", List.of()))));
            } finally {
                index.release(searcher);
            }
        }
    }

    private static SearchRequest request(String q, List<Province> provinces) {
        return new SearchRequest(
                q,
                provinces,
                List.of(),
                List.of(),
                1,
                SearchRequest.DEFAULT_SIZE,
                SortOrder.RELEVANCE,
                Language.EN,
                MatchMode.ALL);
    }
}
