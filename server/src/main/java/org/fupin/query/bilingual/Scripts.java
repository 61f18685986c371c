package org.fupin.query.bilingual;

/** Tells Chinese (Han) characters from the rest, to split mixed text such as "Guizhou易地扶贫搬迁". */
public final class Scripts {

    private Scripts() {}

    /** True for a Han ideograph (CJK unified ideographs and extensions). */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** True when the text holds at least one Han character. */
    public static boolean containsHan(String text) {
        return text.codePoints().anyMatch(Scripts::isHan);
    }
}
