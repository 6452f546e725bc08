package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.PostingRole.REALIZED;
import static com.tickmark.model.ledger.PostingRole.SECURITIES;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The day's posting: every business event up to a date that the journal does not hold yet, as
 * balanced entries in the order they are to be stored. Posting again with the journal that holds
 * them books nothing; the entries do not depend on the order the inputs are read in.
 *
 * <p>In order: the opening book; each trade's entries (trade date, lot relief, and the reversals
 * and re-postings of amendments and cancellations) in the order the trades were done; the
 * corrections of realized P&amp;L that replaying the lots after an amendment calls for; the settled
 * parts; booked penalties; write-offs; the mark-to-market of each business day not yet marked, each
 * followed by its reversal on the next business day; and the FX revaluation at the posting date's
 * close, which sees all of the above.
 */
public final class LedgerPosting {
  private LedgerPosting() {}

  /**
   * Posts every event up to and including {@code through} that {@code journal} does not hold.
   *
   * @throws MissingRateException when an amount's currency has no rate to the reporting currency
   */
  public static PostingRun post(LocalDate through, PostingInputs inputs, PostedJournal journal) {
    PostingContext context = new PostingContext(inputs);
    TradeEntries tradeEntries = new TradeEntries(context);
    List<EntryDraft> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    if (!journal.posted(EventKeys.OPENING)) {
      new OpeningEntry(context)
          .entry(
              inputs.openingPositions().stream().filter(p -> !p.asOf().isAfter(through)).toList(),
              inputs.openingCash().stream().filter(c -> !c.asOf().isAfter(through)).toList())
          .ifPresent(out::add);
    }

    List<Trade> trades = newestUpTo(through, inputs.trades());
    List<Trade> lotTrades =
        trades.stream()
            .filter(t -> t.status() != TradeStatus.CANCELLED)
            .filter(t -> !context.instrument(t.instrumentId()).isFx())
            .toList();

    MarkToMarket mtm = new MarkToMarket(context, inputs.closes());
    List<EntryDraft> marks = new ArrayList<>();
    Optional<LocalDate> lastMark = journal.lastMarkToMarket();
    lastMark.ifPresent(
        last -> {
          LocalDate next = inputs.calendar().nextBusinessDay(last);
          if (!next.isAfter(through) && !journal.posted(EventKeys.markToMarketReversal(last))) {
            journal
                .entry(EventKeys.markToMarket(last))
                .ifPresent(e -> marks.add(MarkToMarket.reversal(e.content(), last, next)));
          }
        });
    LotReplay replay = new LotReplay(context, inputs);
    replay.replay(
        lotTrades,
        markDays(through, inputs, lotTrades, lastMark),
        (day, books) ->
            mtm.mark(day, books)
                .ifPresent(
                    mark -> {
                      marks.add(mark);
                      LocalDate next = inputs.calendar().nextBusinessDay(day);
                      if (!next.isAfter(through)) {
                        marks.add(MarkToMarket.reversal(mark, day, next));
                      }
                    }));

    TradeVersions versions = new TradeVersions(tradeEntries, journal, through);
    for (Trade trade : trades) {
      versions.post(trade, replay.relief(trade.id()), out);
    }
    out.addAll(realizedCorrections(through, context, replay, journal, out));

    Long2ObjectOpenHashMap<Trade> byId = new Long2ObjectOpenHashMap<>(trades.size());
    trades.forEach(t -> byId.put(t.id().value(), t));
    out.addAll(settlements(through, inputs.settledParts(), byId, tradeEntries, journal, warnings));

    ChargeEntries charges = new ChargeEntries(context);
    inputs.penalties().stream()
        .filter(b -> b.booked() && !b.penalty().date().isAfter(through))
        .filter(b -> !journal.posted(EventKeys.penalty(b.penalty().key())))
        .sorted(
            Comparator.comparing((BookedPenalty b) -> b.penalty().date())
                .thenComparingLong(b -> b.penalty().trade().value())
                .thenComparing(b -> b.penalty().direction()))
        .forEach(
            b ->
                out.add(
                    charges.penalty(
                        b.penalty(),
                        b.booking().orElseThrow(),
                        byId.get(b.penalty().trade().value()))));
    inputs.writeOffs().stream()
        .filter(w -> !w.on().isAfter(through))
        .filter(w -> !journal.posted(EventKeys.writeOff(w.reference())))
        .sorted(Comparator.comparing(WriteOff::on).thenComparing(WriteOff::reference))
        .forEach(w -> out.add(charges.writeOff(w)));

    out.addAll(marks);

    FxRevaluation revaluation = new FxRevaluation(context);
    revaluation
        .revalue(
            through,
            journal.balances(revaluation.accounts(), through),
            out,
            n -> journal.posted(EventKeys.fxRevaluation(through, n)))
        .ifPresent(out::add);

    warnings.addAll(mtm.warnings());
    return new PostingRun(out, replay.positions(), warnings);
  }

  /** The newest version of each trade dated up to {@code through}, in the order they were done. */
  private static List<Trade> newestUpTo(LocalDate through, List<Trade> trades) {
    Long2ObjectOpenHashMap<Trade> newest = new Long2ObjectOpenHashMap<>(trades.size());
    for (Trade t : trades) {
      if (!t.tradeDate().isAfter(through)) {
        newest.merge(t.id().value(), t, (a, b) -> a.version() >= b.version() ? a : b);
      }
    }
    List<Trade> sorted = new ArrayList<>(newest.values());
    sorted.sort(LotReplay.ORDER);
    return sorted;
  }

  /**
   * The business days to mark: those after the last mark up to {@code through}; with no mark yet,
   * from the first day anything was held.
   */
  private static List<LocalDate> markDays(
      LocalDate through,
      PostingInputs inputs,
      List<Trade> lotTrades,
      Optional<LocalDate> lastMark) {
    Optional<LocalDate> first =
        lastMark
            .map(d -> d.plusDays(1))
            .or(
                () -> {
                  Optional<LocalDate> opening =
                      inputs.openingPositions().stream()
                          .map(OpeningPosition::asOf)
                          .min(Comparator.naturalOrder());
                  Optional<LocalDate> trade =
                      lotTrades.isEmpty()
                          ? Optional.empty()
                          : Optional.of(lotTrades.get(0).tradeDate());
                  return opening.isPresent() && trade.isPresent()
                      ? Optional.of(
                          opening.get().isBefore(trade.get()) ? opening.get() : trade.get())
                      : opening.or(() -> trade);
                });
    return first
        .filter(d -> !d.isAfter(through))
        .map(d -> inputs.calendar().businessDays(d, through))
        .orElse(List.of());
  }

  /**
   * For each holding, the difference between the realized P&amp;L of the replayed lots and what the
   * journal (with this run's entries) holds on REALIZED, dated {@code through}: what amendments,
   * cancellations and late trades changed in the reliefs of trades posted before.
   */
  private static List<EntryDraft> realizedCorrections(
      LocalDate through,
      PostingContext context,
      LotReplay replay,
      PostedJournal journal,
      List<EntryDraft> posting) {
    String realizedAccount = context.code(REALIZED);
    Map<LotKey, BigDecimal> credited = new TreeMap<>();
    journal
        .balancesByInstrument(realizedAccount)
        .forEach((key, balance) -> credited.merge(key, balance.negate(), BigDecimal::add));
    for (EntryDraft entry : posting) {
      if (entry.kind() != EntryKind.LOT_RELIEF && entry.kind() != EntryKind.REVERSAL) {
        continue;
      }
      for (JournalLine line : entry.lines()) {
        if (line.account().equals(realizedAccount)
            && line.book() != null
            && line.instrument() != null) {
          credited.merge(
              new LotKey(line.book(), line.instrument()), line.amount().negate(), BigDecimal::add);
        }
      }
    }
    Map<LotKey, BigDecimal> differences = new TreeMap<>();
    credited.forEach((key, amount) -> differences.put(key, amount.negate()));
    replay.books().forEach((key, book) -> differences.merge(key, book.realized(), BigDecimal::add));
    List<EntryDraft> corrections = new ArrayList<>();
    differences.forEach(
        (key, difference) -> {
          if (difference.signum() == 0) {
            return;
          }
          Instrument instrument = context.instrument(key.instrument());
          int n = 1;
          while (journal.posted(EventKeys.lotCorrection(key, through, n))) {
            n++;
          }
          corrections.add(
              new EntryLines(context)
                  .pair(
                      SECURITIES,
                      REALIZED,
                      instrument.currency(),
                      difference,
                      key.book(),
                      key.instrument(),
                      "Lots replayed")
                  .draft(
                      through,
                      EntryKind.LOT_RELIEF,
                      EventKeys.lotCorrection(key, through, n),
                      null,
                      "Realized P&L of "
                          + instrument.symbol()
                          + " in book "
                          + key.book()
                          + " corrected after its lots were replayed"));
        });
    return corrections;
  }

  /** The settled parts up to {@code through} not posted yet, by date and trade. */
  private static List<EntryDraft> settlements(
      LocalDate through,
      List<SettledPart> parts,
      Long2ObjectMap<Trade> trades,
      TradeEntries entries,
      PostedJournal journal,
      List<String> warnings) {
    Comparator<SettledPart> manualOrder =
        Comparator.comparing(SettledPart::source)
            .thenComparing(SettledPart::quantity)
            .thenComparing(SettledPart::amount);
    List<SettledPart> sorted =
        parts.stream()
            .filter(p -> !p.settledOn().isAfter(through))
            .sorted(
                Comparator.comparing(SettledPart::settledOn)
                    .thenComparingLong(p -> p.trade().value())
                    .thenComparing(p -> p.statusId() == null ? Long.MAX_VALUE : p.statusId())
                    .thenComparing(manualOrder))
            .toList();
    List<EntryDraft> out = new ArrayList<>();
    SettledPart previous = null;
    int manual = 0;
    for (SettledPart part : sorted) {
      boolean sameDay =
          previous != null
              && previous.trade().equals(part.trade())
              && previous.settledOn().equals(part.settledOn());
      manual = part.statusId() != null ? 0 : sameDay ? manual + 1 : 1;
      previous = part;
      String which = part.statusId() != null ? "s" + part.statusId() : "m" + manual;
      String key = EventKeys.settlement(part.trade(), part.settledOn(), which);
      if (journal.posted(key)) {
        continue;
      }
      Trade trade = trades.get(part.trade().value());
      if (trade == null) {
        warnings.add(
            "Settlement of "
                + part.trade().display()
                + " on "
                + part.settledOn()
                + " is not posted: the trade is not among those posted up to "
                + through);
        continue;
      }
      out.add(entries.settlement(trade, part, key));
    }
    return out;
  }
}
