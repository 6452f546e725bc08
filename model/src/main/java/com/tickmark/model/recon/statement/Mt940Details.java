package com.tickmark.model.recon.statement;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an MT940 {@code :86:} says where the bank structures it: German and Dutch banks' subfields
 * after a three-digit business code ({@code 166?20EREF+id?30BIC?31account?32name?33name}, some with
 * {@code >} instead of {@code ?}), whose purpose lines (20-29) carry SEPA keywords ({@code EREF+},
 * {@code KREF+}, {@code SVWZ+}...), or free text with {@code EREF+id} or SEPA code words ({@code
 * /EREF/id/NAME/name/IBAN/account/}). Each is null when not given ({@code NOTPROVIDED} and {@code
 * NONREF} are not ids).
 *
 * @param endToEndId the end-to-end id
 * @param name the counterparty's name
 * @param account the counterparty's IBAN or account number
 */
record Mt940Details(String endToEndId, String name, String account) {
  private static final Pattern SUBFIELDS =
      Pattern.compile("[0-9]{3}\\s*([?>])[0-9]{2}.*", Pattern.DOTALL);
  private static final Pattern KEYWORD_EREF = Pattern.compile("EREF\\+(.*?)(?=[A-Z]{4}\\+|$)");
  private static final Pattern FREE_EREF = Pattern.compile("EREF\\+(\\S+)");
  private static final Pattern SLASH_EREF = Pattern.compile("/EREF/([^/]+)");
  private static final Pattern NAME = Pattern.compile("/NAME/([^/]+)");
  private static final Pattern IBAN = Pattern.compile("/IBAN/([^/]+)");

  static Mt940Details of(String information) {
    Matcher m = SUBFIELDS.matcher(information);
    if (m.matches()) {
      Map<Integer, String> fields = subfields(information, m.group(1).charAt(0));
      StringBuilder purpose = new StringBuilder();
      for (int i = 20; i <= 29; i++) {
        purpose.append(fields.getOrDefault(i, ""));
      }
      String name = join(fields.get(32), fields.get(33));
      String account = fields.containsKey(38) ? fields.get(38) : fields.get(31);
      return new Mt940Details(
          id(find(KEYWORD_EREF, purpose.toString())), clean(name), clean(account));
    }
    String eref = find(FREE_EREF, information);
    return new Mt940Details(
        id(eref != null ? eref : find(SLASH_EREF, information)),
        clean(find(NAME, information)),
        clean(find(IBAN, information)));
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** Subfields by number: {@code ?20text} is 20 → text. */
  private static Map<Integer, String> subfields(String text, char separator) {
    Map<Integer, String> fields = new TreeMap<>();
    int at = text.indexOf(separator);
    while (at >= 0) {
      int next = text.indexOf(separator, at + 1);
      String code = text.substring(at + 1, Math.min(at + 3, text.length()));
      if (code.length() == 2 && code.chars().allMatch(Character::isDigit)) {
        fields.merge(
            Integer.parseInt(code),
            text.substring(at + 3, next < 0 ? text.length() : next),
            String::concat);
      }
      at = next;
    }
    return fields;
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a.strip() + " " + b.strip();
  }

  private static String id(String s) {
    String id = clean(s);
    return id == null || id.equals("NOTPROVIDED") || id.equals("NONREF") ? null : id;
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
