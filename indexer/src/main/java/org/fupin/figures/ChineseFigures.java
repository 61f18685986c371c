package org.fupin.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of one Chinese sentence: a number, an optional scale (万, 亿, 千) and a unit or measure word
 * ("6.44亿元", "3.5万人", "71.18%", "300个"), with the measure taken from the words before it ("互助资金还款率达到98%").
 */
final class ChineseFigures {

    private static final Pattern FIGURE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(千万|百万|万|亿|千)?(个百分点|%|％|元|人次|人|名|户|个|村|县|乡|镇|亩|公顷|公里|千米|平方米|米|吨|公斤|千克|头|只|项|家)");
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "万",
            new BigDecimal("10000"),
            "亿",
            new BigDecimal("100000000"),
            "千",
            new BigDecimal("1000"),
            "百万",
            new BigDecimal("1000000"),
            "千万",
            new BigDecimal("10000000"));
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("个百分点", Unit.PERCENTAGE_POINTS),
            Map.entry("%", Unit.PERCENT),
            Map.entry("％", Unit.PERCENT),
            Map.entry("元", Unit.YUAN),
            Map.entry("人次", Unit.PERSON_TIMES),
            Map.entry("人", Unit.PEOPLE),
            Map.entry("名", Unit.PEOPLE),
            Map.entry("户", Unit.HOUSEHOLDS),
            Map.entry("村", Unit.VILLAGES),
            Map.entry("县", Unit.COUNTIES),
            Map.entry("乡", Unit.TOWNSHIPS),
            Map.entry("镇", Unit.TOWNSHIPS),
            Map.entry("亩", Unit.MU),
            Map.entry("公顷", Unit.HECTARES),
            Map.entry("公里", Unit.KM),
            Map.entry("千米", Unit.KM),
            Map.entry("平方米", Unit.SQUARE_METERS),
            Map.entry("米", Unit.METERS),
            Map.entry("吨", Unit.TONS),
            Map.entry("公斤", Unit.KG),
            Map.entry("千克", Unit.KG),
            Map.entry("头", Unit.HEADS),
            Map.entry("只", Unit.HEADS),
            Map.entry("项", Unit.PROJECTS));
    /** Nouns that end a counted phrase after 个 or 家, and the unit they give it. */
    private static final Map<String, Unit> COUNTED_NOUNS = Map.of(
            "县",
            Unit.COUNTIES,
            "村",
            Unit.VILLAGES,
            "乡",
            Unit.TOWNSHIPS,
            "镇",
            Unit.TOWNSHIPS,
            "企业",
            Unit.ENTERPRISES,
            "公司",
            Unit.ENTERPRISES,
            "项目",
            Unit.PROJECTS,
            "户",
            Unit.HOUSEHOLDS);
    /** Words that open a clause before the measure: the time, the place, "the whole province". */
    private static final Pattern LEADING =
            Pattern.compile("^(?:\\d{4}年|全年|当年|今年|全省|全区|全市|全县|[\\p{IsHan}]{1,6}(?:省|自治区|市)|共|累计|其中)+");
    /** Verbs between the measure and the number. */
    private static final Pattern TRAILING = Pattern.compile("(?:达到|达|为|是|共|累计|超过|近|约|逾|突破|增长|增加|提高|上升|下降|减少)+$");

    private static final Pattern DELIMITERS = Pattern.compile("[，,、；;：:。（）()“”\"]");

    private ChineseFigures() {}

    /** The figures of a sentence, in the order they are written. */
    static List<Figure> read(Sentences.Sentence sentence) {
        String s = sentence.text();
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        int previousEnd = 0;
        while (m.find()) {
            if (notAFigure(s, m.start(), m.end())) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1));
            if (m.group(2) != null) {
                value = value.multiply(SCALES.get(m.group(2)));
            }
            String before = clauseBefore(s, m.start(), previousEnd);
            Qualifier qualifier = qualifier(LEADING.matcher(before).replaceFirst(""));
            String measure = measure(before);
            Unit unit = UNITS.get(m.group(3));
            int end = m.end();
            if (unit == null) { // 个 or 家: the noun after or before names what is counted
                String after = nounAfter(s, m.end());
                if (!after.isEmpty()) {
                    unit = countedUnit(after);
                    measure = after;
                    end = m.end() + after.length();
                } else {
                    unit = countedUnit(measure);
                }
            }
            if (measure.isEmpty()) {
                continue;
            }
            figures.add(new Figure(
                    value.stripTrailingZeros(),
                    unit,
                    measure,
                    qualifier,
                    s.substring(m.start(), end),
                    s,
                    sentence.start(),
                    m.start(),
                    end));
            previousEnd = end;
        }
        return figures;
    }

    /** Years, months and days ("2011年"), ordinals ("第2"), document numbers ("〔2012〕5号"). */
    private static boolean notAFigure(String s, int start, int end) {
        if (start > 0 && (s.charAt(start - 1) == '第' || s.charAt(start - 1) == '〔' || s.charAt(start - 1) == '[')) {
            return true;
        }
        return end < s.length() && "年月日号届期".indexOf(s.charAt(end)) >= 0 && s.charAt(end - 1) == '个';
    }

    private static String clauseBefore(String s, int start, int previousEnd) {
        int from = previousEnd;
        Matcher d = DELIMITERS.matcher(s);
        d.region(previousEnd, start);
        while (d.find()) {
            from = d.end();
        }
        return s.substring(from, start).strip();
    }

    private static String measure(String before) {
        String m = LEADING.matcher(before).replaceFirst("");
        m = TRAILING.matcher(m).replaceFirst("");
        if (m.startsWith("减少")) {
            m = m.substring(2);
        }
        return m;
    }

    private static Qualifier qualifier(String before) {
        if (before.startsWith("减少") || before.matches(".*(?:下降|减少)$")) {
            return Qualifier.DOWN;
        }
        if (before.matches(".*(?:增长|增加|提高|上升)$")) {
            return Qualifier.UP;
        }
        if (before.matches(".*(?:近|将近|接近)$")) {
            return Qualifier.NEARLY;
        }
        if (before.matches(".*(?:约|大约)$")) {
            return Qualifier.ABOUT;
        }
        if (before.matches(".*(?:超过|逾|突破)$")) {
            return Qualifier.MORE_THAN;
        }
        return Qualifier.NONE;
    }

    /** The counted noun right after 个 or 家, up to and including the first noun that names a unit. */
    private static String nounAfter(String s, int from) {
        int limit = Math.min(s.length(), from + 14);
        for (int i = from; i < limit; i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return "";
            }
            for (Map.Entry<String, Unit> noun : COUNTED_NOUNS.entrySet()) {
                if (s.startsWith(noun.getKey(), i)) {
                    return s.substring(from, i + noun.getKey().length());
                }
            }
        }
        return "";
    }

    private static Unit countedUnit(String phrase) {
        for (Map.Entry<String, Unit> noun : COUNTED_NOUNS.entrySet()) {
            if (phrase.endsWith(noun.getKey())) {
                return noun.getValue();
            }
        }
        return phrase.contains("企业") ? Unit.ENTERPRISES : Unit.ITEMS;
    }
}
