package org.fupin.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact expectations for every heading style and tricky case named in the indexer issue, taken from the seed text. */
class SeedHeadingsTest {

    @Test
    void findsTheChaptersOfEveryFileWithProvinceAndYear() throws Exception {
        Map<String, Long> chaptersPerFile = SeedCorpus.chapters().stream()
                .collect(Collectors.groupingBy(Chapter::file, java.util.TreeMap::new, Collectors.counting()));

        assertEquals(
                Map.of(
                        "000_b3d14455ec84c97b.txt", 1L,
                        "001_97f44c48ffa5d22d.txt", 29L,
                        "002_650a57b38a898bbd.txt", 1L,
                        "003_b0b8a46e659a1ee4.txt", 1L,
                        "004_e520e7f3f2d64ae3.txt", 1L),
                chaptersPerFile);
        for (Chapter c : SeedCorpus.chapters()) {
            int expectedYear = c.file().startsWith("001_") ? 2012 : 2011;
            assertEquals(expectedYear, c.year(), c.title());
            assertTrue(c.province() != null, c.title());
        }
    }

    @Test
    void mapsUnusualChapterTitlesToCanonicalProvinces() throws Exception {
        assertEquals(
                Province.GUANGXI, chapter("Guangxi Zhuang Autonomous Regions").province());
        assertEquals(
                Province.XPCC,
                chapter("Xinjiang Production and Construction Corps").province());
        assertEquals(
                Province.XINJIANG, chapter("Xinjiang Uygur Autonomous Region").province());
        assertEquals(Province.INNER_MONGOLIA, chapter("in Inner Mongolia").province());
        assertEquals(Province.CHONGQING, chapter("in Chongqing").province());
    }

    @ParameterizedTest(name = "{0} {1}: [{2}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Guizhou  | 2011 | Rain Plan                                   | In 2011, Guizhou Province trained and transferred
            Guizhou  | 2011 | Poverty reduction planning                  | In 2011, Guizhou Province comprehensively completed
            Sichuan  | 2011 | Implementation of the spirit of the central work conference on poverty alleviation | After the central work conference
            Sichuan  | 2011 | poverty alleviation research and advocacy    | It strengthened poverty alleviation
            Jiangxi  | 2011 | "Outline for Poverty Alleviation and Development in Rural Areas of Jiangxi Province (2011-2020)" | On December 31, 2011, the Jiangxi
            Hunan    | 2011 | Rain Plan                                   | The province supported 12,000 children
            Jiangsu  | 2012 | Overview                                    | In 2012, proceeding from the whole situation
            Hebei    | 2012 | Rain Plan                                   | In 2012, the province provided subsidies
            Hebei    | 2012 | Overview                                    | 2012 is a key year for Hebei
            Hebei    | 2012 | Work Conference on Poverty Alleviation and Development | From February 29 to March 1, 2012
            Hebei    | 2012 | Anti-poverty Demonstration Zone Around the Capital | To effectively promote the anti-poverty work
            Hebei    | 2012 | Entire Village Advancement                  | Comprehensively started supporting 3,277 key villages
            Hebei    | 2012 | Social Poverty Alleviation                  | Organized 141 organs and groups
            Hebei    | 2012 | Poverty Alleviation by Relocation           | Hebei provincial government issued the
            Hebei    | 2012 | Pilot Microcredit Projects for Poverty Alleviation | Supported by China Foundation for Poverty
            Shanxi   | 2012 | Poverty Alleviation by Science and Technology | Relying on 117 "Rain Plan" training bases
            Shanxi   | 2012 | Cadres' Living in Poor Villages and Income-generating Activities | In 2012, Shanxi Province successively held
            Inner Mongolia | 2012 | Rain Plan                             | 14 million yuan was allocated
            Inner Mongolia | 2012 | Industrial Poverty Alleviation        | Inner Mongolia allocated 100 million yuan
            Inner Mongolia | 2012 | Poverty Alleviation by Relocation     | 1.015 billion yuan was put in
            Liaoning | 2012 | Rain Plan                                   | In 2012, relying on 48 provincial
            Liaoning | 2012 | Overview                                    | In 2012, Liaoning Province continued to take
            Jilin    | 2012 | Overview                                    | In 2012, Jilin Province continued to vigorously
            Zhejiang | 2012 | Overview                                    | 2012 is the last year for
            Anhui    | 2012 | Pilot projects                              | We guided and pushed forward Yuexi County
            Anhui    | 2012 | Mutual Funds                                | As of the end of 2012,
            Anhui    | 2012 | Promoting Provincial Anti-poverty Work Starting from Poverty Reduction in Jinzhai County | From June 18 to 21, 2012
            Fujian   | 2012 | Fujian-Ningxia Pairing-off Poverty Alleviation | In accordance with the requirements
            Jiangxi  | 2012 | Pilot Projects of Contiguous Development    | A total of 1.46871 billion yuan
            Jiangxi  | 2012 | Participants of the Seminar on MDGs and Sustainable Poverty Reduction for Developing Countries Carried out A Field Survey in Jiangxi | From April 21 to 26,
            Shandong | 2012 | Overview                                    | 2012 is the first year for
            Henan    | 2012 | Household Income Growth                     | 195 million yuan of financial funds
            Hubei    | 2012 | Pilot Work of Poverty Reduction for Building A Well-off Society | 2012 is the fourth year
            Hunan    | 2012 | Poverty Alleviation in Contiguous Poor Areas | In Accordance with the guiding ideology
            Hunan    | 2012 | Introduction of New Outline                 | On March 31, Hunan provincial government
            Guangdong | 2012 | Overview                                   | Always attaching great importance to poverty
            Guangxi  | 2012 | Cooperation for Poverty Alleviation         | 2012 is the second year
            Hainan   | 2012 | No. 1 Livelihood Project                    | In 2012, the provincial government made
            Hainan   | 2012 | Cooperation in poverty alleviation          | In 2012, on the basis of
            Hainan   | 2012 | “Care Package” Program                      | In 2012, the “Care Package” Program
            Chongqing | 2012 | Poverty alleviation standards and objectives | In 2012, in accordance with the
            Yunnan   | 2012 | Entire Village / Township Advancement       | In 2012, The province invested 1.013
            Yunnan   | 2012 | Support for the Poor with Particular Difficulties | Support for all Dulong people
            Tibet    | 2012 | labor Transfer Project                      | Under the principle of “consolidation,
            Tibet    | 2012 | Transformation of overhead cable            | It transformed 84 overhead cables
            Tibet    | 2012 | Post-disaster Reconstruction                | Tibet is prone to natural disasters
            Tibet    | 2012 | Contiguous Development                      | Two million yuan of incentive capital
            Tibet    | 2012 | "Through-train" Action Program for Poverty Alleviation | To actively respond to the call
            Shaanxi  | 2012 | Pro-poor Policy Measures                    | Develop comprehensive planning to improve
            Gansu    | 2012 | "Double-linkage" Action                     | "Linking of village and households
            Ningxia  | 2012 | "Sidao" Poverty Alleviation Program         | To tackle the key problems
            Xinjiang Production and Construction Corps | 2012 | Implementation Measures for the New Outline | Issued the “Measures of Xinjiang Production
            """)
    void splitsHeadingFromBody(String province, int year, String heading, String bodyStart) throws Exception {
        Section section = section(province, year, heading);

        assertTrue(
                section.text().startsWith(bodyStart),
                () -> "body of [" + heading + "] starts with: " + section.text().substring(0, 60));
    }

    @Test
    void attachesParagraphsWithoutHeadingToTheSectionBefore() throws Exception {
        assertTrue(
                section("Hebei", 2012, "Overview").text().contains("\n\nHebei Province achieved significant results"));
        assertTrue(section("Jilin", 2012, "Work Conference on Poverty Alleviation and Development")
                .text()
                .contains("\n\nFirst, raised the poverty line."));
        assertTrue(section(
                        "Sichuan",
                        2011,
                        "Implementation of the spirit of the central work conference on poverty alleviation")
                .text()
                .contains("\n\nSecondly, adjust relevant pro-poor policies"));
        Section sidao = section("Ningxia", 2012, "\"Sidao\" Poverty Alleviation Program");
        assertTrue(sidao.text().contains("\n\nInfrastructure construction for poor villages: Taking"));
        assertTrue(sidao.text().contains("\n\nCounterpart support responsibilities for the relevant units:"));
        assertTrue(section("Heilongjiang", 2012, "Entire Village Advancement")
                .text()
                .contains("\n\nIn 2012 the entire village advancement projects"));
        assertTrue(section("Jiangxi", 2011, "Poverty alleviation by science and technology")
                .text()
                .contains("\n\nTechnological training: We organized 187 people"));
    }

    @Test
    void readsAttributionsAsTheChaptersOfficeAndNeverAsSectionText() throws Exception {
        assertEquals(
                "Jilin Provincial Poverty Alleviation Office", chapter("Jilin").office());
        assertEquals(
                "Poverty Alleviation Office of Guangxi Zhuang Autonomous Region",
                chapter("Guangxi").office());
        assertEquals(
                "Poverty Alleviation Office of Xinjiang Production and Construction Corps Development and Reform Commission",
                chapter("Construction Corps").office());
        assertEquals(
                "Liaoning Provincial Poverty Alleviation Office",
                chapter("Liaoning").office());
        assertEquals(
                "Poverty Alleviation and Resettlement Bureau of Sichuan Province",
                chapter("Sichuan Province", 2012).office());
        for (Chapter c : SeedCorpus.chapters()) {
            for (Section s : c.sections()) {
                assertFalse(s.text().contains("(Xu Dongliang"), s.heading());
                assertFalse(s.text().contains("(Huang Lanqing"), s.heading());
                assertFalse(
                        s.text().contains("Poverty Alleviation Office of Guangxi Zhuang Autonomous Region)"),
                        s.heading());
                assertFalse(s.text().contains("扫描下载手机客户端") || s.text().contains("版权所有"), s.heading());
                assertFalse(s.heading().equalsIgnoreCase("Local Poverty Alleviation"));
                assertFalse(s.heading().startsWith("("), s.heading());
            }
        }
    }

    @Test
    void tagsProgramsFromHeadingsAndOverviewSections() throws Exception {
        assertEquals(
                List.of(Program.OVERVIEW), section("Liaoning", 2012, "Overview").programs());
        assertEquals(
                List.of(Program.RAIN_PLAN),
                section("Guizhou", 2011, "Rain Plan").programs());
        assertTrue(section("Hebei", 2012, "Pilot Projects of Mutual Funds")
                .programs()
                .contains(Program.MUTUAL_FUNDS));
        assertTrue(section("Guizhou", 2012, "Ecological Relocation").programs().contains(Program.RELOCATION));
        assertTrue(section("Yunnan", 2012, "Entire Village / Township Advancement")
                .programs()
                .contains(Program.ENTIRE_VILLAGE_ADVANCEMENT));
        List<Program> both = section("Zhejiang", 2012, "Industrial Poverty Alleviation and Social Poverty Alleviation")
                .programs();
        assertEquals(List.of(Program.INDUSTRIAL, Program.SOCIAL), both);
        assertTrue(
                section("Guizhou", 2012, "Poverty Alleviation Training")
                        .programs()
                        .contains(Program.RAIN_PLAN),
                "body substantially about the Rain Plan");
        assertFalse(
                section("Hebei", 2012, "Overview").programs().contains(Program.INFRASTRUCTURE),
                "a long overview that mentions infrastructure in passing is not about it");
    }

    @Test
    void givesStableIdsAndNeighbourLinks() throws Exception {
        Chapter hebei = chapter("Hebei");
        List<Section> sections = hebei.sections();

        assertEquals(null, sections.getFirst().prevId());
        assertEquals(sections.get(1).id(), sections.getFirst().nextId());
        assertEquals(sections.get(sections.size() - 2).id(), sections.getLast().prevId());
        assertEquals(null, sections.getLast().nextId());
        long distinct = SeedCorpus.chapters().stream()
                .flatMap(c -> c.sections().stream())
                .map(Section::id)
                .distinct()
                .count();
        long all = SeedCorpus.chapters().stream()
                .mapToLong(c -> c.sections().size())
                .sum();
        assertEquals(all, distinct);
    }

    static Chapter chapter(String titlePart) throws CorpusException {
        return SeedCorpus.chapters().stream()
                .filter(c -> c.title().contains(titlePart))
                .findFirst()
                .orElseThrow();
    }

    static Chapter chapter(String titlePart, int year) throws CorpusException {
        return SeedCorpus.chapters().stream()
                .filter(c -> c.title().contains(titlePart) && c.year() == year)
                .findFirst()
                .orElseThrow();
    }

    static Section section(String province, int year, String heading) throws CorpusException {
        Province p = Province.byName(province).orElseThrow();
        return SeedCorpus.chapters().stream()
                .filter(c -> c.province() == p && c.year() == year)
                .flatMap(c -> c.sections().stream())
                .filter(s -> s.heading().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section [" + heading + "] in " + province + " " + year));
    }
}
