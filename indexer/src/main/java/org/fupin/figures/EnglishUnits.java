package org.fupin.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the unit written after a number: a unit of amount right after it ("71.18%", "55 million Yuan", "30,000 mu")
 * or a counted noun after a few modifiers ("300 poor villages", "2653 mutual aid teams", "350,000 heads of livestock").
 */
final class EnglishUnits {

    /**
     * A unit after a number.
     *
     * @param unit    the unit
     * @param last    token index of the last token that belongs to the figure's text
     * @param counted for counts, the counted noun phrase as written ("poor villages", "livestock"); else null
     */
    record UnitAt(Unit unit, int last, String counted) {}

    private static final Map<String, Unit> AMOUNTS = Map.ofEntries(
            Map.entry("yuan", Unit.YUAN),
            Map.entry("rmb", Unit.YUAN),
            Map.entry("mu", Unit.MU),
            Map.entry("ha", Unit.HECTARES),
            Map.entry("hectares", Unit.HECTARES),
            Map.entry("hectare", Unit.HECTARES),
            Map.entry("km", Unit.KM),
            Map.entry("kilometers", Unit.KM),
            Map.entry("kilometres", Unit.KM),
            Map.entry("kilometer", Unit.KM),
            Map.entry("meters", Unit.METERS),
            Map.entry("metres", Unit.METERS),
            Map.entry("meter", Unit.METERS),
            Map.entry("m", Unit.METERS),
            Map.entry("tons", Unit.TONS),
            Map.entry("tonnes", Unit.TONS),
            Map.entry("ton", Unit.TONS),
            Map.entry("kg", Unit.KG),
            Map.entry("kilograms", Unit.KG),
            Map.entry("person-times", Unit.PERSON_TIMES),
            Map.entry("persons-times", Unit.PERSON_TIMES),
            Map.entry("person-time", Unit.PERSON_TIMES));

    private static final Map<String, Unit> COUNTED = countedNouns();

    /** Nouns that hold the counted thing in an "of" phrase: "heads of livestock", "1380 cases of tilapias". */
    private static final Set<String> CONTAINERS =
            Set.of("heads", "head", "cases", "boxes", "sets", "pieces", "copies", "batches");

    /** Plural nouns after a number that do not make it a figure: ranks, multiples and durations. */
    private static final Set<String> NOT_UNITS = Set.of(
            "rankings",
            "ranks",
            "places",
            "times",
            "years",
            "months",
            "days",
            "hours",
            "weeks",
            "decades",
            "percentages",
            "aspects",
            "steps",
            "levels",
            "rounds",
            "batches",
            "kinds",
            "types",
            "categories",
            "as",
            "its",
            "this",
            "is",
            "has",
            "was");

    /** Words that end a counted noun phrase. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "of",
            "in",
            "for",
            "to",
            "and",
            "or",
            "with",
            "by",
            "from",
            "at",
            "on",
            "as",
            "into",
            "per",
            "each",
            "were",
            "was",
            "are",
            "is",
            "be",
            "been",
            "has",
            "have",
            "had",
            "that",
            "which",
            "who",
            "whom",
            "including",
            "respectively",
            "than",
            "under",
            "over",
            "through",
            "during",
            "among",
            "the",
            "a",
            "an",
            "this",
            "these",
            "its",
            "their",
            "our",
            "we",
            "it",
            "they",
            "more",
            "less",
            "about",
            "nearly",
            "up",
            "down",
            "while",
            "when",
            "where",
            "accounting",
            "both",
            "all",
            "such",
            "then",
            "also",
            "not",
            "no",
            "will",
            "would",
            "could",
            "can",
            "should",
            "did",
            "do",
            "does",
            "so");

    private static final int MAX_MODIFIERS = 6;

    private EnglishUnits() {}

    private static Map<String, Unit> countedNouns() {
        Map<String, Unit> m = new java.util.HashMap<>();
        for (String w : List.of(
                "people",
                "persons",
                "farmers",
                "villagers",
                "residents",
                "laborers",
                "labourers",
                "labors",
                "labours",
                "workers",
                "students",
                "children",
                "cadres",
                "talents",
                "objects",
                "members",
                "women",
                "teachers",
                "doctors",
                "migrants",
                "immigrants",
                "staff",
                "pupils",
                "graduates",
                "trainees",
                "volunteers",
                "leaders",
                "officials",
                "experts",
                "technicians",
                "youths",
                "individuals",
                "poor",
                "population",
                "persons-time")) {
            m.put(w, Unit.PEOPLE);
        }
        for (String w : List.of("households", "families")) {
            m.put(w, Unit.HOUSEHOLDS);
        }
        m.put("villages", Unit.VILLAGES);
        m.put("towns", Unit.TOWNSHIPS);
        m.put("townships", Unit.TOWNSHIPS);
        m.put("counties", Unit.COUNTIES);
        m.put("banners", Unit.COUNTIES);
        m.put("projects", Unit.PROJECTS);
        for (String w : List.of("enterprises", "companies", "firms")) {
            m.put(w, Unit.ENTERPRISES);
        }
        for (String w : List.of(
                "livestock",
                "cattle",
                "sheep",
                "pigs",
                "hogs",
                "goats",
                "poultry",
                "poultries",
                "chickens",
                "hens",
                "ducks",
                "geese",
                "rabbits",
                "cows",
                "yaks",
                "rats",
                "horses",
                "donkeys",
                "swine",
                "broilers",
                "mules",
                "camels",
                "heads",
                "head")) {
            m.put(w, Unit.HEADS);
        }
        return Map.copyOf(m);
    }

    /** The unit starting at token {@code k}, the first token after the number and its scale. */
    static Optional<UnitAt> at(List<Token> t, int k) {
        if (k >= t.size()) {
            return Optional.empty();
        }
        Token first = t.get(k);
        String w = first.lower();
        if (w.equals("%") || w.equals("％") || w.equals("percent")) {
            return Optional.of(new UnitAt(Unit.PERCENT, k, null));
        }
        if (w.equals("per") && k + 1 < t.size() && t.get(k + 1).is("cent")) {
            return Optional.of(new UnitAt(Unit.PERCENT, k + 1, null));
        }
        if (w.equals("percentage") && k + 1 < t.size() && t.get(k + 1).is("points", "point")) {
            return Optional.of(new UnitAt(Unit.PERCENTAGE_POINTS, k + 1, null));
        }
        if (w.equals("square") && k + 1 < t.size() && t.get(k + 1).is("meters", "metres", "m", "meter")) {
            return Optional.of(new UnitAt(Unit.SQUARE_METERS, k + 1, null));
        }
        Unit amount = AMOUNTS.get(w);
        if (amount != null && first.isWord()) {
            return Optional.of(new UnitAt(amount, k, null));
        }
        return counted(t, k);
    }

    /** True when the word names a counted thing whose unit is known ("villages", "people", "pigs"). */
    static Optional<Unit> countedUnit(String word) {
        return Optional.ofNullable(COUNTED.get(word.toLowerCase(java.util.Locale.ROOT)));
    }

    private static Optional<UnitAt> counted(List<Token> t, int k) {
        int from = k;
        // A quoted name between the number and the noun: 25 “Ten, Hundred and Thousand” project counties.
        if (t.get(from).is("“", "\"")) {
            int close = from + 1;
            while (close < t.size() && close < from + 10 && !t.get(close).is("”", "\"")) {
                close++;
            }
            if (close >= t.size() || close >= from + 10) {
                return Optional.empty();
            }
            from = close + 1;
        }
        int end = from;
        while (end < t.size()
                && end - from <= MAX_MODIFIERS
                && t.get(end).isWord()
                && (!FUNCTION_WORDS.contains(t.get(end).lower()) || coordinates(t, end, from))) {
            end++;
        }
        // Shrink to the last noun that can head a count: "35 provincial functional departments organized".
        for (int last = end - 1; last >= from; last--) {
            String head = t.get(last).lower();
            if (NOT_UNITS.contains(head)) {
                return Optional.empty();
            }
            Unit unit = COUNTED.get(head);
            if (CONTAINERS.contains(head)) {
                Optional<UnitAt> inner = contained(t, last, unit);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            if (unit == null && looksPlural(head)) {
                unit = Unit.ITEMS;
            }
            if (unit != null) {
                return Optional.of(new UnitAt(unit, last, Phrases.text(t, from, last)));
            }
        }
        return Optional.empty();
    }

    /** "907 bridges and culverts", "30,000 breeding and fattening brooders": "and" between words of one phrase. */
    private static boolean coordinates(List<Token> t, int i, int from) {
        if (i == from || !t.get(i).is("and", "or")) {
            return false;
        }
        // At most two words after "and", ending in a counted noun; "150 leading enterprises and encourage poor
        // villages" is two phrases.
        int j = i + 1;
        while (j < t.size()
                && t.get(j).isWord()
                && !FUNCTION_WORDS.contains(t.get(j).lower())) {
            j++;
        }
        int words = j - i - 1;
        if (words < 1 || words > 2) {
            return false;
        }
        String head = t.get(j - 1).lower();
        return COUNTED.containsKey(head) || looksPlural(head);
    }

    /** "heads of livestock", "cases of tilapias": the counted thing follows "of". */
    private static Optional<UnitAt> contained(List<Token> t, int container, Unit containerUnit) {
        int from = container + 2;
        if (from >= t.size() || !t.get(container + 1).is("of")) {
            return Optional.empty();
        }
        int end = from;
        while (end < t.size()
                && end - from <= MAX_MODIFIERS
                && t.get(end).isWord()
                && !FUNCTION_WORDS.contains(t.get(end).lower())) {
            end++;
        }
        if (end == from) {
            return Optional.empty();
        }
        Unit unit = containerUnit == Unit.HEADS
                ? Unit.HEADS
                : COUNTED.getOrDefault(t.get(end - 1).lower(), Unit.ITEMS);
        return Optional.of(new UnitAt(unit, container, Phrases.text(t, from, end - 1)));
    }

    private static boolean looksPlural(String w) {
        return w.length() > 3
                && w.endsWith("s")
                && !w.endsWith("ss")
                && !w.endsWith("us")
                && !w.endsWith("is")
                && !w.endsWith("'s")
                && !w.endsWith("’s")
                && Character.isLetter(w.charAt(0));
    }
}
