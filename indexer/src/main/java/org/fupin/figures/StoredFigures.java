package org.fupin.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a section's figures in the small binary form the index stores with the section, and reads it back for the
 * server. Offsets are into the section text, which the index stores too, so the figure as written and its sentence
 * are cut from it rather than stored twice. Binary rather than JSON because the build writes about ten figures a
 * section: JSON was a hundred bytes a figure to write, compress and merge, this is about thirty.
 *
 * <p>The layout, every integer an unsigned LEB128 varint (7 bits a byte, low bits first) unless said otherwise: the
 * figure count, then for each figure
 * <ol>
 *   <li>its sentence's start minus the previous figure's sentence start (the first: minus 0), and the sentence's
 *       length;
 *   <li>the figure's start in the sentence, and its length;
 *   <li>{@link Unit#ordinal()} and {@link Qualifier#ordinal()};
 *   <li>the value: its scale (zig-zag encoded, may be negative), the byte count of its unscaled value and that
 *       value's two's-complement bytes, big-endian ({@link BigInteger#toByteArray()});
 *   <li>the measure: its UTF-8 byte count and the bytes.
 * </ol>
 * Figures are in text order, so the sentence start never goes back. Reordering {@link Unit} or {@link Qualifier}
 * changes what stored ordinals mean and needs a new schema version.
 */
public final class StoredFigures {

    private StoredFigures() {}

    /** The encoded figures, in text order. */
    public static byte[] write(List<Figure> figures) {
        Out out = new Out(figures.size() * 32 + 4);
        out.varint(figures.size());
        int previousSentence = 0;
        for (Figure f : figures) {
            out.varint(f.sentenceStart() - previousSentence);
            out.varint(f.sentence().length());
            out.varint(f.start());
            out.varint(f.end() - f.start());
            out.varint(f.unit().ordinal());
            out.varint(f.qualifier().ordinal());
            BigDecimal value = f.value();
            out.varint((value.scale() << 1) ^ (value.scale() >> 31));
            byte[] unscaled = value.unscaledValue().toByteArray();
            out.varint(unscaled.length);
            out.write(unscaled, 0, unscaled.length);
            byte[] measure = f.measure().getBytes(StandardCharsets.UTF_8);
            out.varint(measure.length);
            out.write(measure, 0, measure.length);
            previousSentence = f.sentenceStart();
        }
        return out.toByteArray();
    }

    /**
     * The figures stored in {@code bytes[offset, offset + length)}.
     *
     * @throws IllegalArgumentException when the bytes are not figures this class wrote
     */
    public static List<StoredFigure> read(byte[] bytes, int offset, int length) {
        In in = new In(bytes, offset, offset + length);
        int count = in.varint();
        List<StoredFigure> figures = new ArrayList<>(count);
        int sentenceStart = 0;
        for (int i = 0; i < count; i++) {
            sentenceStart += in.varint();
            int sentenceEnd = sentenceStart + in.varint();
            int spanStart = sentenceStart + in.varint();
            int spanEnd = spanStart + in.varint();
            Unit unit = in.constant(Unit.values());
            Qualifier qualifier = in.constant(Qualifier.values());
            int zigzag = in.varint();
            int scale = (zigzag >>> 1) ^ -(zigzag & 1);
            BigInteger unscaled = new BigInteger(in.bytes(in.varint()));
            // As the JSON this replaced read back: an integer written out in full has scale 0 ("1E+3" is 1000).
            BigDecimal value =
                    scale < 0 ? new BigDecimal(unscaled, scale).setScale(0) : new BigDecimal(unscaled, scale);
            String measure = new String(in.bytes(in.varint()), StandardCharsets.UTF_8);
            figures.add(
                    new StoredFigure(value, unit, measure, qualifier, sentenceStart, sentenceEnd, spanStart, spanEnd));
        }
        if (in.position != in.end) {
            throw new IllegalArgumentException("stored figures: " + (in.end - in.position) + " bytes left over");
        }
        return figures;
    }

    /** A growing byte buffer with a varint writer (not ByteArrayOutputStream, whose every write takes a lock). */
    private static final class Out {
        private byte[] bytes;
        private int size;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        void varint(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            ensure(5);
            while ((v & ~0x7F) != 0) {
                bytes[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void write(byte[] b, int from, int n) {
            ensure(n);
            System.arraycopy(b, from, bytes, size, n);
            size += n;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** A reader over a byte range that fails clearly on bytes it cannot read. */
    private static final class In {
        private final byte[] bytes;
        private final int end;
        private int position;

        In(byte[] bytes, int from, int end) {
            if (from < 0 || end > bytes.length || from > end) {
                throw new IllegalArgumentException("stored figures: range outside the bytes");
            }
            this.bytes = bytes;
            this.position = from;
            this.end = end;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                if (position >= end) {
                    throw new IllegalArgumentException("stored figures: cut short");
                }
                byte b = bytes[position++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("stored figures: varint too long");
        }

        byte[] bytes(int n) {
            if (n < 0 || n > end - position) {
                throw new IllegalArgumentException("stored figures: cut short");
            }
            byte[] out = new byte[n];
            System.arraycopy(bytes, position, out, 0, n);
            position += n;
            return out;
        }

        <E> E constant(E[] values) {
            int ordinal = varint();
            if (ordinal >= values.length) {
                throw new IllegalArgumentException("stored figures: no constant " + ordinal);
            }
            return values[ordinal];
        }
    }
}
