package org.fupin.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored form of a section's figures reads back as what was extracted, and bad bytes fail clearly. */
class StoredFiguresTest {

    private static final String TEXT = "Overview\nA total of 64.4078 million Yuan of loans was repaid and the repayment"
            + " rate was nearly 71.18%. 全省新增互助资金试点村300个，互助资金还款率达到98%。It helped 1,628 poor households.";

    @Test
    void readsBackEveryFigureWithOffsetsIntoTheText() {
        List<Figure> extracted = new FigureExtractor().extract(TEXT);
        assertTrue(extracted.size() >= 5, extracted.toString());

        byte[] bytes = StoredFigures.write(extracted);
        List<StoredFigure> stored = StoredFigures.read(bytes, 0, bytes.length);

        assertEquals(extracted.size(), stored.size());
        for (int i = 0; i < extracted.size(); i++) {
            Figure f = extracted.get(i);
            StoredFigure s = stored.get(i);
            // Written out in full, as the API shows it: 6.44078E+7 reads back as 64407800.
            assertEquals(f.value().toPlainString(), s.value().toString());
            assertEquals(f.unit(), s.unit());
            assertEquals(f.measure(), s.measure());
            assertEquals(f.qualifier(), s.qualifier());
            assertEquals(f.sentence(), TEXT.substring(s.sentenceStart(), s.sentenceEnd()));
            assertEquals(f.text(), TEXT.substring(s.spanStart(), s.spanEnd()));
        }
        assertEquals(Qualifier.NEARLY, stored.get(1).qualifier());
        assertEquals("互助资金还款率", stored.get(3).measure());
    }

    @Test
    void readsARangeOfALargerArray() {
        byte[] bytes = StoredFigures.write(new FigureExtractor().extract(TEXT));
        byte[] padded = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, padded, 3, bytes.length);

        assertEquals(StoredFigures.read(bytes, 0, bytes.length), StoredFigures.read(padded, 3, bytes.length));
    }

    @Test
    void keepsTheScaleOfDecimalsAndWritesWholeNumbersInFull() {
        String sentence = "It cost 1000 yuan and 2.50 yuan and 12345678901234567890123 yuan.";
        List<Figure> figures = List.of(
                figure(new BigDecimal("1E+3"), sentence, "1000 yuan"),
                figure(new BigDecimal("2.50"), sentence, "2.50 yuan"),
                figure(new BigDecimal("-0.0000001"), sentence, "12345678901234567890123 yuan"),
                figure(new BigDecimal("12345678901234567890123"), sentence, "12345678901234567890123 yuan"));

        byte[] bytes = StoredFigures.write(figures);
        List<StoredFigure> stored = StoredFigures.read(bytes, 0, bytes.length);

        // What JSON wrote (toPlainString) and read back: an integer has scale 0, a decimal keeps its scale.
        assertEquals("1000", stored.get(0).value().toString());
        assertEquals("2.50", stored.get(1).value().toString());
        assertEquals(new BigDecimal("-0.0000001"), stored.get(2).value());
        assertEquals("12345678901234567890123", stored.get(3).value().toString());
    }

    @Test
    void refusesBytesItDidNotWrite() {
        byte[] bytes = StoredFigures.write(new FigureExtractor().extract(TEXT));

        assertThrows(IllegalArgumentException.class, () -> StoredFigures.read(bytes, 0, bytes.length - 1));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalArgumentException.class, () -> StoredFigures.read(longer, 0, longer.length));
        assertThrows(IllegalArgumentException.class, () -> StoredFigures.read(new byte[] {1, 0, 0, 0, 0, 99}, 0, 6));
        assertThrows(IllegalArgumentException.class, () -> StoredFigures.read(bytes, 0, bytes.length + 1));
    }

    private static Figure figure(BigDecimal value, String sentence, String text) {
        int start = sentence.indexOf(text);
        return new Figure(value, Unit.YUAN, "cost", Qualifier.NONE, text, sentence, 10, start, start + text.length());
    }
}
