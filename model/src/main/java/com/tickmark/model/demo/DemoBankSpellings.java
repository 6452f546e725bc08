package com.tickmark.model.demo;

import com.tickmark.model.refdata.Counterparty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the demo firm's banks spell its counterparties' names on their statements: in capitals, with
 * the abbreviations banks use ({@code GRANITE STREET SECS LLC} for Granite Street Securities LLC)
 * or, where there is none, without the legal form ({@code ALDERMOOR BANK}), never the reference
 * data's name even after trimming, case and punctuation are ignored. The demo installer stores each
 * spelling as an alias of the counterparty's code, as a firm sets them up once; the inbox writer
 * names counterparties so on some bank entries.
 */
public final class DemoBankSpellings {
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("SECURITIES", "SECS"),
          Map.entry("CAPITAL", "CAP"),
          Map.entry("MARKETS", "MKTS"),
          Map.entry("BROKERS", "BRKRS"),
          Map.entry("EXECUTION", "EXEC"),
          Map.entry("TECHNOLOGIES", "TECH"),
          Map.entry("INTERNATIONAL", "INTL"),
          Map.entry("WERTPAPIERHANDEL", "WPH"),
          Map.entry("COMPANY", "CO"),
          Map.entry("LIMITED", "LTD"));

  private static final Set<String> LEGAL_FORMS =
      Set.of("LTD", "PLC", "NA", "AG", "SA", "SE", "NV", "LLC", "INC", "CORP");

  private DemoBankSpellings() {}

  /** The counterparty's name as the demo's banks spell it. */
  public static String of(Counterparty c) {
    List<String> words = new ArrayList<>();
    boolean abbreviated = false;
    for (String word : c.name().toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String shorter = ABBREVIATIONS.getOrDefault(word, word);
      abbreviated |= !shorter.equals(word);
      words.add(shorter);
    }
    if (!abbreviated) {
      // nothing to shorten: the bank leaves out the legal form, or adds one
      String last = words.get(words.size() - 1);
      if (words.size() > 1 && LEGAL_FORMS.contains(last)) {
        words.remove(words.size() - 1);
      } else {
        words.add("LTD");
      }
    }
    return String.join(" ", words);
  }
}
