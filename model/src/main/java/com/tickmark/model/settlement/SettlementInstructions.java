package com.tickmark.model.settlement;

import com.prowidesoftware.swift.model.SwiftCharsetUtils;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which settlement instructions the firm sends for a day: one MT540 to MT543 for each obligation of
 * a trade done that day that is still to settle. An obligation without an applicable SSI, or whose
 * SSI lacks what the message needs, is skipped with the reason, never sent with guessed details. FX
 * spot settles cash against cash and has no MT54x.
 */
public final class SettlementInstructions {
  /** The longest reference field 20C carries (16x). */
  static final int MAX_REFERENCE = 16;

  /** The longest line of field 35B's description (35x). */
  static final int MAX_DESCRIPTION = 35;

  /** How many description lines field 35B carries after the ISIN (4*35x). */
  static final int MAX_DESCRIPTION_LINES = 4;

  private SettlementInstructions() {}

  /** An obligation that is not instructed, and why. */
  public record Skipped(Obligation obligation, String reason) {
    public static final String MISSING_SSI = "missing SSI";
  }

  /**
   * The day's instructions and the obligations left out.
   *
   * @param cashOnly the day's FX spot obligations, which settle cash against cash (no MT54x)
   */
  public record Plan(
      LocalDate date,
      List<SettlementInstruction> instructions,
      List<Skipped> skipped,
      int cashOnly) {
    public Plan {
      instructions = List.copyOf(instructions);
      skipped = List.copyOf(skipped);
    }

    /** How many of the instructions are of {@code type}. */
    public long count(SettlementType type) {
      return instructions.stream().filter(i -> i.type() == type).count();
    }
  }

  /**
   * Plans the instructions of {@code date}.
   *
   * @param lines the obligations still to settle as of the close of {@code date}
   * @param tradesOfDay the trades done on {@code date}, by id: only their obligations are
   *     instructed, so that each obligation is instructed once, on its trade date
   */
  public static Plan plan(
      LocalDate date,
      List<ObligationLine> lines,
      Map<TradeId, Trade> tradesOfDay,
      ReferenceData referenceData) {
    List<SettlementInstruction> instructions = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int cashOnly = 0;
    for (ObligationLine line : lines) {
      Obligation o = line.obligation();
      Trade trade = tradesOfDay.get(o.trade());
      if (trade == null || !trade.tradeDate().equals(date)) {
        continue;
      }
      if (o.type() == SettlementType.PVP) {
        cashOnly++;
        continue;
      }
      if (o.missingSsi()) {
        skipped.add(new Skipped(o, Skipped.MISSING_SSI));
        continue;
      }
      Ssi ssi = o.ssi();
      Instrument instrument =
          referenceData
              .instrument(o.instrument())
              .orElseThrow(() -> new IllegalStateException("Unknown instrument " + o.instrument()));
      Optional<Account> custody = referenceData.account(ssi.custodyAccount());
      if (custody.isEmpty() || custody.get().number().isBlank()) {
        skipped.add(
            new Skipped(
                o,
                "our custody account "
                    + custody.map(Account::code).orElse(String.valueOf(ssi.custodyAccount()))
                    + " of SSI "
                    + ssi.code()
                    + " has no account number"));
        continue;
      }
      Counterparty custodian =
          referenceData
              .counterparty(custody.get().provider())
              .orElseThrow(
                  () -> new IllegalStateException("Unknown custodian of " + custody.get().code()));
      Counterparty counterparty =
          referenceData
              .counterparty(o.counterparty())
              .orElseThrow(
                  () -> new IllegalStateException("Unknown counterparty " + o.counterparty()));
      instructions.add(
          new SettlementInstruction(
              o.trade(),
              reference(trade),
              o.type(),
              trade.tradeDate(),
              o.intendedDate(),
              trade.price(),
              o.cash().currency(),
              instrument.isin(),
              description(instrument.name()),
              quantityType(instrument),
              o.quantity(),
              custodian.bic(),
              custody.get().number(),
              ssi.agent(),
              ssi.theirAccount(),
              counterparty.bic(),
              ssi.placeOfSettlement(),
              o.cash().amount().abs()));
    }
    return new Plan(date, instructions, skipped, cashOnly);
  }

  /**
   * Our reference for the trade's instruction: its execution id (the reference the custodians'
   * status files quote back) when field 20C can carry it, else the trade id.
   */
  static String reference(Trade trade) {
    String exec = trade.execId();
    boolean fits =
        !exec.isEmpty()
            && exec.length() <= MAX_REFERENCE
            && SwiftCharsetUtils.is_x(exec) == SwiftCharsetUtils.OK
            && !exec.startsWith("/")
            && !exec.endsWith("/")
            && !exec.contains("//")
            && !exec.contains(" ");
    return fits ? exec : trade.id().display();
  }

  /**
   * The instrument's name as field 35B's description: characters outside the SWIFT X set become
   * spaces ({@code &} becomes {@code +}), wrapped at word boundaries into at most four lines of 35
   * characters (separated by a line feed); what does not fit is left out.
   */
  static String description(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      if (c == '&') {
        b.append('+');
      } else {
        b.append(c != '\r' && c != '\n' && SwiftCharsetUtils.is_x(c) ? c : ' ');
      }
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : b.toString().trim().split(" +")) {
      while (word.length() > MAX_DESCRIPTION) { // a word longer than a line is cut
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, MAX_DESCRIPTION));
        word = word.substring(MAX_DESCRIPTION);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > MAX_DESCRIPTION) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!word.isEmpty()) {
        line.append(line.length() > 0 ? " " : "").append(word);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return String.join("\n", lines.subList(0, Math.min(lines.size(), MAX_DESCRIPTION_LINES)));
  }

  /** Shares and fund units settle as a number of units; a bond class would settle at face. */
  static SettlementInstruction.QuantityType quantityType(Instrument instrument) {
    return switch (instrument.assetClass()) {
      case EQUITY, ETF -> SettlementInstruction.QuantityType.UNIT;
      case FX_SPOT ->
          throw new IllegalArgumentException(
              instrument.symbol() + " is FX spot: it settles cash, not securities");
    };
  }
}
