package org.fupin.corpus;

import java.util.regex.Pattern;
import org.fupin.vocab.Province;

/** Recognises the line that opens a chapter: "Poverty Alleviation and Development in Hebei Province" or "贵州省扶贫开发". */
final class ChapterTitles {

    private static final Pattern ENGLISH =
            Pattern.compile("^Poverty Alleviation and Development (?:in|of) [A-Z][\\p{L} '’()-]{1,90}$");
    private static final Pattern CHINESE = Pattern.compile("^[\\p{IsHan}]{2,16}扶贫开发(?:工作)?(?:概况|综述)?$");

    private ChapterTitles() {}

    /** True when the paragraph is a chapter title line naming a known province. */
    static boolean isChapterTitle(String paragraph) {
        String p = paragraph.strip();
        if (ENGLISH.matcher(p).matches() || CHINESE.matcher(p).matches()) {
            return Province.findIn(p).isPresent();
        }
        return false;
    }
}
