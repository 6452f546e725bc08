package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.MissingRateException;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
    out.addAll(new RealizedCorrections(context).corrections(through, replay, journal, out));

    Long2ObjectOpenHashMap<Trade> byId = new Long2ObjectOpenHashMap<>(trades.size());
    trades.forEach(t -> byId.put(t.id().value(), t));
    out.addAll(
        new SettlementPostings(tradeEntries, journal)
            .post(through, inputs.settledParts(), byId, warnings));

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
}
