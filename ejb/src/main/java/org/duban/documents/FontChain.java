package org.duban.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import org.duban.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The fonts shipped in the application, tried in this order character by character, so that every CJK ideograph
 * prints (GB 18030-2022 implementation level 3: people's names are where the rare ones live): AR PL UMing CN, the
 * body face — a Song (明体) face with the mainland's punctuation, as GB/T 9704-2012 wants a Song family for official
 * documents where 仿宋 is not to be had under an open licence (GB2312's and most of GBK's ideographs, Latin);
 * HanaMinA, also a Song face (the rest of the BMP's ideographs, CJK Extension A); HanaMinB (supplementary plane 2:
 * Extension B and beyond); WenQuanYi Micro Hei last, for the symbols and full-width forms the others lack. Each is
 * embedded as a subset of the characters used and read only when a text needs it. A character that none of them has
 * stops the document with its code point named: never a silent gap.
 */
final class FontChain {

    private static final String[][] FONTS = {
            {"/org/duban/documents/fonts/arphic/uming.ttc", "uming.ttc,0"},
            {"/org/duban/documents/fonts/hanazono/HanaMinA.ttf", "HanaMinA.ttf"},
            {"/org/duban/documents/fonts/hanazono/HanaMinB.ttf", "HanaMinB.ttf"},
            {"/org/duban/documents/fonts/wqy-microhei.ttc", "wqy-microhei.ttc,0"}};

    private static final BaseFont[] LOADED = new BaseFont[FONTS.length];
    private static final Path[] FILES = new Path[FONTS.length];

    private FontChain() {
    }

    /**
     * The text as runs, each in the first font of the chain that has all of its characters; line breaks kept,
     * invisible format characters (zero-width space, byte order mark) left out.
     *
     * @param size  in points
     * @param style {@link Font#NORMAL} or {@link Font#BOLD}
     * @throws DomainException {@code error.document.glyphMissing} with the character and its code point (U+XXXX)
     */
    static Phrase phrase(String text, float size, int style) {
        return phrase(text, size, style, null);
    }

    /** As {@link #phrase(String, float, int)}, in a colour (null: black). */
    static Phrase phrase(String text, float size, int style, java.awt.Color color) {
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        int runFont = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.FORMAT) {
                continue;
            }
            int font = Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) ? runFont : fontFor(codePoint);
            if (font != runFont && !run.isEmpty()) {
                phrase.add(chunk(run.toString(), runFont, size, style, color));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty() || phrase.isEmpty()) {
            phrase.add(chunk(run.toString(), runFont, size, style, color));
        }
        return phrase;
    }

    /** A run in one font, its lines broken by the Chinese rules. */
    private static Chunk chunk(String text, int font, float size, int style, java.awt.Color color) {
        return new Chunk(text, new Font(font(font), size, style, color)).setSplitCharacter(ChineseLineBreaking.RULES);
    }


    private static int fontFor(int codePoint) {
        for (int i = 0; i < FONTS.length; i++) {
            if (font(i).charExists(codePoint)) {
                return i;
            }
        }
        throw new DomainException("error.document.glyphMissing", new String(Character.toChars(codePoint)),
                String.format("U+%04X", codePoint));
    }

    private static BaseFont font(int index) {
        synchronized (LOADED) {
            String name = FONTS[index][1];
            int collectionIndex = name.indexOf(',');
            String fileName = collectionIndex < 0 ? name : name.substring(0, collectionIndex);
            // a copy a cleaner of temporary files took (systemd-tmpfiles, after some days) is made again
            if (FILES[index] == null || !Files.isRegularFile(FILES[index])) {
                FILES[index] = extracted(FONTS[index][0], fileName);
            }
            if (LOADED[index] == null) {
                try {
                    // read from the file as glyphs are needed, not held in the heap (the fonts are 21 to 31 MB each)
                    LOADED[index] = BaseFont.createFont(FILES[index] + name.substring(fileName.length()),
                            BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return LOADED[index];
        }
    }

    /** The font copied from the application to a file of the server's temporary folder, once per start. */
    private static Path extracted(String resource, String fileName) {
        try (InputStream in = FontChain.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application"
                        + " (the build copies UMing and the Hanazono fonts from Debian's fonts-arphic-uming and fonts-hanazono)");
            }
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "duban-fonts"));
            Path copy = Files.createTempFile(folder, fileName, ".part");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            // a whole file or none: another server on the same folder may be reading the one it replaces
            return Files.move(copy, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
