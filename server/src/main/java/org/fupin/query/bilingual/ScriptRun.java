package org.fupin.query.bilingual;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal stretch of Han or of non-Han text, so "Guizhou易地扶贫搬迁" is handled as English then Chinese.
 *
 * @param text the stretch
 * @param han  true for Chinese characters
 */
record ScriptRun(String text, boolean han) {

    /** The runs of {@code text} in order; whitespace stays inside non-Han runs, where it separates words. */
    static List<ScriptRun> split(String text) {
        List<ScriptRun> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentHan = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean han = Scripts.isHan(codePoint);
            if (han != currentHan && !current.isEmpty()) {
                runs.add(new ScriptRun(current.toString(), currentHan));
                current.setLength(0);
            }
            currentHan = han;
            current.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!current.isEmpty()) {
            runs.add(new ScriptRun(current.toString(), currentHan));
        }
        return runs;
    }
}
