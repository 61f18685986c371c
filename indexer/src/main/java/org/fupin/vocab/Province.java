package org.fupin.vocab;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A province-level unit with its canonical English and Chinese names (listed in docs/vocabulary.md). */
public enum Province {
    BEIJING("Beijing", "北京"),
    TIANJIN("Tianjin", "天津"),
    HEBEI("Hebei", "河北"),
    SHANXI("Shanxi", "山西"),
    INNER_MONGOLIA("Inner Mongolia", "内蒙古"),
    LIAONING("Liaoning", "辽宁"),
    JILIN("Jilin", "吉林"),
    HEILONGJIANG("Heilongjiang", "黑龙江"),
    SHANGHAI("Shanghai", "上海"),
    JIANGSU("Jiangsu", "江苏"),
    ZHEJIANG("Zhejiang", "浙江"),
    ANHUI("Anhui", "安徽"),
    FUJIAN("Fujian", "福建"),
    JIANGXI("Jiangxi", "江西"),
    SHANDONG("Shandong", "山东"),
    HENAN("Henan", "河南"),
    HUBEI("Hubei", "湖北"),
    HUNAN("Hunan", "湖南"),
    GUANGDONG("Guangdong", "广东"),
    GUANGXI("Guangxi", "广西"),
    HAINAN("Hainan", "海南"),
    CHONGQING("Chongqing", "重庆"),
    SICHUAN("Sichuan", "四川"),
    GUIZHOU("Guizhou", "贵州"),
    YUNNAN("Yunnan", "云南"),
    TIBET("Tibet", "西藏"),
    SHAANXI("Shaanxi", "陕西"),
    GANSU("Gansu", "甘肃"),
    QINGHAI("Qinghai", "青海"),
    NINGXIA("Ningxia", "宁夏"),
    XINJIANG("Xinjiang", "新疆"),
    XPCC("Xinjiang Production and Construction Corps", "新疆生产建设兵团");

    /** Longest names first, so "Xinjiang Production and Construction Corps" wins over "Xinjiang". */
    private static final List<Province> LONGEST_FIRST = Arrays.stream(values())
            .sorted(Comparator.comparingInt((Province p) -> p.english.length()).reversed())
            .toList();

    private final String english;
    private final String chinese;

    Province(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The canonical English name, which is also the facet value. */
    public String english() {
        return english;
    }

    /** The canonical Chinese name (without 省/自治区/市). */
    public String chinese() {
        return chinese;
    }

    /** The province whose canonical English or Chinese name equals {@code value}, ignoring case. */
    public static Optional<Province> byName(String value) {
        String v = value.strip();
        for (Province p : values()) {
            if (p.english.equalsIgnoreCase(v) || p.chinese.equals(v) || p.name().equalsIgnoreCase(v)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The province named in a free-text title such as "Poverty Alleviation and Development in Guangxi Zhuang
     * Autonomous Regions" or "贵州省扶贫开发"; the longest matching name wins.
     */
    public static Optional<Province> findIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Province p : LONGEST_FIRST) {
            if (containsWord(lower, p.english.toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        // Chinese names: longest first as well (新疆生产建设兵团 before 新疆).
        return Arrays.stream(values())
                .sorted(Comparator.comparingInt((Province p) -> p.chinese.length())
                        .reversed())
                .filter(p -> text.contains(p.chinese))
                .findFirst();
    }

    private static boolean containsWord(String haystack, String needle) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            boolean startOk = at == 0 || !Character.isLetter(haystack.charAt(at - 1));
            boolean endOk = end == haystack.length() || !Character.isLetter(haystack.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }
}
