package com.tickmark.app.ui.settlement;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.TradeDetailTab;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.Obligation;
import com.tickmark.model.settlement.ObligationLine;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.status.FailReasons;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.settlement.status.StatusLine;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The blotter's Settlement tab: the picked trade's obligation as of the business date, the
 * custodians' status lines about it, its settlement records (the parts that settled) and the CSDR
 * penalties its fail accrued, per day with a total.
 */
public final class SettlementTradeTab implements TradeDetailTab {
  public static final String OBLIGATION = "Obligation";
  public static final String STATUS = "Custodian status";
  public static final String SETTLED = "Settlement records";
  public static final String PENALTIES = "CSDR penalties";

  @Override
  public String title() {
    return "Settlement";
  }

  @Override
  public String id() {
    return "trade-detail-settlement";
  }

  @Override
  public Content read(AppServices services, Actor actor, TradeId trade) {
    SettlementServices settlement = services.area(SettlementServices.class);
    LocalDate today = services.businessDate().businessDate();
    Map<CurrencyCode, Integer> units =
        services.referenceData().currencies(actor).stream()
            .collect(Collectors.toMap(Currency::code, Currency::minorUnits));
    List<SettledPart> parts = settlement.statusImports().partsOf(actor, trade);
    List<StatusLine> lines = settlement.statusImports().linesOf(actor, trade);
    Optional<ObligationLine> obligation =
        services
            .trades()
            .find(actor, trade)
            .flatMap(
                t ->
                    settlement
                        .obligations()
                        .of(
                            actor,
                            t,
                            parts.stream()
                                .filter(p -> !p.settledOn().isAfter(today))
                                .map(SettledPart::quantity)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                            today));
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            OBLIGATION,
            List.of("Type", "Intended", "SSI", "Status", "Quantity", "Settled"),
            obligation.stream()
                .map(
                    l -> {
                      Obligation o = l.obligation();
                      return List.of(
                          o.type().name(),
                          o.intendedDate().toString(),
                          o.missingSsi() ? "none applies" : o.ssi().code(),
                          l.status().name(),
                          quantity(o.quantity()),
                          quantity(l.settled()));
                    })
                .toList(),
            "No settlement obligation: the trade is not live"));
    sections.add(
        new Section(
            STATUS,
            List.of("Statement", "Status", "Settled", "Remaining", "Reason", "Line"),
            lines.stream()
                .map(
                    (StatusLine s) ->
                        List.of(
                            s.statementDate().toString(),
                            s.status().name(),
                            quantity(s.settledQuantity()),
                            quantity(s.remainingQuantity()),
                            FailReasons.describe(s.reasonCode()),
                            s.source()))
                .toList(),
            "No status from the custodian yet"));
    CurrencyCode cash = obligation.map(l -> l.obligation().cash().currency()).orElse(null);
    sections.add(
        new Section(
            SETTLED,
            List.of("Settled on", "Quantity", "Amount", "Line"),
            parts.stream()
                .map(
                    (SettledPart p) ->
                        List.of(
                            p.settledOn().toString(),
                            quantity(p.quantity()),
                            cash == null
                                ? Formats.grouped(p.amount(), 0, 6)
                                : money(p.amount(), cash, units),
                            p.source()))
                .toList(),
            "Nothing settled yet"));
    List<List<String>> penalties = new ArrayList<>();
    if (obligation.isPresent() && !lines.isEmpty()) { // no status line, no fail: no penalty
      List<Penalty> accrued =
          settlement
              .penalties()
              .of(actor, trade, obligation.get().obligation().intendedDate(), today)
              .penalties();
      Map<CurrencyCode, BigDecimal> totals = new TreeMap<>();
      for (Penalty p : accrued) {
        penalties.add(
            List.of(
                p.date().toString(),
                quantity(p.failingQuantity()),
                p.reason(),
                p.direction().name(),
                money(p.signedAmount(), p.currency(), units),
                p.currency().code()));
        totals.merge(p.currency(), p.signedAmount(), BigDecimal::add);
      }
      totals.forEach(
          (c, total) ->
              penalties.add(List.of("Total", "", "", "", money(total, c, units), c.code())));
    }
    sections.add(
        new Section(
            PENALTIES,
            List.of("Date", "Failing", "Reason", "Direction", "Amount", "Currency"),
            penalties,
            "No CSDR penalty accrued"));
    return new Content(sections);
  }

  private static String quantity(BigDecimal q) {
    return Formats.grouped(q, 0, 6);
  }

  private static String money(BigDecimal amount, CurrencyCode c, Map<CurrencyCode, Integer> units) {
    return Formats.grouped(amount, units.getOrDefault(c, 2));
  }
}
