package org.duban.documents;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese may end (the 标点符号 rules of GB/T 15834-2011 and the 避头尾 practice of typesetting): never
 * before a closing mark (。，、；：？！）」』》〉】”’…%), which may not start a line, and never after an opening one
 * (（「『《〈【“‘), which may not end a line; elsewhere as OpenPDF would break (between ideographs, at spaces).
 */
final class ChineseLineBreaking extends DefaultSplitCharacter {

    static final ChineseLineBreaking RULES = new ChineseLineBreaking();

    /** Marks that may not start a line. */
    private static final String NOT_AT_LINE_START = "。，、；：？！）」』》〉】”’…%．,.;:?!)]}·～—";
    /** Marks that may not end a line. */
    private static final String NOT_AT_LINE_END = "（「『《〈【“‘([{";

    private ChineseLineBreaking() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char here = getCurrentCharacter(current, cc, ck);
        if (NOT_AT_LINE_END.indexOf(here) >= 0) {
            return false;
        }
        if (current + 1 < end && NOT_AT_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        // a closing mark ends a line well (the default allows it after ideographs only)
        return NOT_AT_LINE_START.indexOf(here) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
    }
}
