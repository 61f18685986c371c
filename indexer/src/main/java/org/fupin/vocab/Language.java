package org.fupin.vocab;

/** The language a section is written in; it decides which analyzer indexes the text. */
public enum Language {
    EN("en"),
    ZH("zh");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code stored in the index and returned by the API. */
    public String code() {
        return code;
    }

    /** The language with this code. */
    public static Language ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language code: " + code);
    }

    /** Chinese when CJK ideographs outnumber Latin letters in the sample, else English. */
    public static Language detect(CharSequence sample) {
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    latin++;
                }
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                cjk++;
            }
        }
        // A Chinese character carries roughly a word; compare against words, not letters.
        return cjk * 4 > latin ? ZH : EN;
    }
}
