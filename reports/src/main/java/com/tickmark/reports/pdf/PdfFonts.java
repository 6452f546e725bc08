package com.tickmark.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The standard Helvetica fonts, and text made safe for them. The standard 14 fonts encode WinAnsi
 * (Latin-1 and a few more); any other character is replaced (a dash-like character by '-', an
 * accented letter by its base letter, anything else by '?'), so rendering never fails on a
 * counterparty's name.
 */
final class PdfFonts {
  static final char ELLIPSIS = '\u2026';
  final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

  /** Letters that Unicode does not decompose into a base letter and a mark. */
  private static final Map<Integer, String> LETTERS_WITHOUT_DECOMPOSITION =
      Map.of(
          (int) '\u0141',
          "L",
          (int) '\u0142',
          "l",
          (int) '\u0110',
          "D",
          (int) '\u0111',
          "d",
          (int) '\u0131',
          "i",
          (int) '\u0126',
          "H",
          (int) '\u0127',
          "h",
          (int) '\u0166',
          "T",
          (int) '\u0167',
          "t");

  private final Map<Integer, Optional<String>> replacements = new HashMap<>();

  /** The text with every character the fonts cannot show replaced. */
  String safe(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      String replacement = replacement(codePoint);
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.appendCodePoint(codePoint);
        }
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /** Null when the character can be shown as it is, else what to show instead. */
  private String replacement(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7F) {
      return null;
    }
    return replacements.computeIfAbsent(codePoint, this::findReplacement).orElse(null);
  }

  private Optional<String> findReplacement(int codePoint) {
    if (Character.isISOControl(codePoint)
        || Character.isWhitespace(codePoint) && codePoint != ' ') {
      return Optional.of(" ");
    }
    String character = new String(Character.toChars(codePoint));
    if (encodable(character)) {
      return Optional.empty();
    }
    if (Character.getType(codePoint) == Character.DASH_PUNCTUATION || codePoint == 0x2212) {
      return Optional.of("-");
    }
    String spelled = LETTERS_WITHOUT_DECOMPOSITION.get(codePoint);
    if (spelled != null) {
      return Optional.of(spelled);
    }
    String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    if (!base.isEmpty() && !base.equals(character) && encodable(base)) {
      return Optional.of(base);
    }
    return Optional.of("?");
  }

  private boolean encodable(String text) {
    try {
      regular.encode(text);
      bold.encode(text);
      italic.encode(text);
      return true;
    } catch (IllegalArgumentException notInTheFont) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The width in points of safe text. */
  static float width(PDFont font, float size, String safeText) {
    try {
      return font.getStringWidth(safeText) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Safe text cut to fit a width, ending in an ellipsis when it was cut. */
  static String fit(PDFont font, float size, String safeText, float maxWidth) {
    if (width(font, size, safeText) <= maxWidth) {
      return safeText;
    }
    float ellipsis = width(font, size, String.valueOf(ELLIPSIS));
    if (ellipsis > maxWidth) {
      return "";
    }
    int low = 0;
    int high = safeText.length();
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (width(font, size, safeText.substring(0, mid)) + ellipsis <= maxWidth) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    if (low > 0 && Character.isHighSurrogate(safeText.charAt(low - 1))) {
      low--;
    }
    return safeText.substring(0, low).stripTrailing() + ELLIPSIS;
  }
}
