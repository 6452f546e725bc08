package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.InboxFaultKind;
import com.tickmark.model.demo.InjectedFault;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code settlement/{CUSTODIAN}_status_{yyyyMMdd}.csv}: per custodian and trading day, one
 * line per securities settlement instruction that is open at the end of the day or settled that
 * day: PENDING before its intended date, FAILED from its intended date until it settles, SETTLED on
 * the day it settles (a settlement on a non-trading day shows on the next trading day). Lines are
 * in intended-date, then execution order. The outcomes come from the demo firm; this class only
 * reports them, and records a LATE_SETTLEMENT fault on the SETTLED line of a trade that settled
 * late and a FAILED_SETTLEMENT fault on the business date's line of a trade still failing.
 */
public final class SettlementStatusFiles {
  public static final String FOLDER = "settlement";
  public static final List<String> HEADER =
      List.of(
          "statement_date",
          "account_number",
          "our_reference",
          "isin",
          "symbol",
          "side",
          "delivery_type",
          "quantity",
          "settlement_amount",
          "currency",
          "trade_date",
          "intended_settlement_date",
          "status",
          "settled_quantity",
          "actual_settlement_date",
          "reason_code");

  private final InboxData data;
  private final List<InjectedFault> faults = new ArrayList<>();

  private SettlementStatusFiles(InboxData data) {
    this.data = data;
  }

  public static List<InjectedFault> write(InboxData data, Path inbox) throws IOException {
    SettlementStatusFiles files = new SettlementStatusFiles(data);
    files.writeAll(inbox);
    return files.faults;
  }

  /**
   * A securities settlement instruction and how it went.
   *
   * @param firstDay the index of the first trading day it shows on (its trade date)
   * @param intendedDay the index of the first trading day on or after its intended date
   * @param columns its columns that do not change from day to day (account_number through
   *     intended_settlement_date), formatted once
   */
  private record Instruction(
      Trade trade,
      Instrument instrument,
      InboxData.Settlement settlement,
      int firstDay,
      int intendedDay,
      String columns) {}

  private void writeAll(Path inbox) throws IOException {
    List<LocalDate> days = data.days();
    int dayCount = days.size();
    Map<CounterpartyId, List<Instruction>> byCustodian = new HashMap<>();
    for (Trade t : data.trades()) {
      Account account = data.custodyAccount(t);
      int firstDay = data.dayOnOrAfter(t.tradeDate());
      if (account == null || firstDay < 0) {
        continue;
      }
      Instrument i = data.instrument(t.instrumentId());
      InboxData.Settlement s = data.settlement(t);
      int intendedDay = data.dayOnOrAfter(s.intended());
      String columns =
          Csv.line(
              InboxData.number(account),
              Text.oneLine(t.execId()),
              i.isin().value(),
              i.symbol(),
              t.side().name(),
              t.side() == Side.BUY ? "RVP" : "DVP",
              Text.quantity(t.quantity()),
              Text.moneyText(t.netCashOut().abs()),
              t.currency().code(),
              Text.iso(t.tradeDate()),
              Text.iso(s.intended()));
      byCustodian
          .computeIfAbsent(account.provider(), k -> new ArrayList<>())
          .add(
              new Instruction(
                  t, i, s, firstDay, intendedDay < 0 ? dayCount : intendedDay, columns));
    }
    for (Counterparty custodian : data.providers(AccountType.CUSTODY)) {
      List<Instruction> instructions = byCustodian.getOrDefault(custodian.id(), new ArrayList<>());
      instructions.sort(Comparator.comparing((Instruction in) -> in.settlement().intended()));
      List<List<Instruction>> byDay = new ArrayList<>(dayCount);
      for (int d = 0; d < dayCount; d++) {
        byDay.add(new ArrayList<>());
      }
      for (Instruction in : instructions) {
        int lastDay = in.settlement().day() >= 0 ? in.settlement().day() : dayCount - 1;
        for (int d = in.firstDay(); d <= lastDay; d++) {
          byDay.get(d).add(in);
        }
      }
      for (int d = 0; d < dayCount; d++) {
        LocalDate day = days.get(d);
        String file =
            FOLDER + "/" + Text.fileCode(custodian.code()) + "_status_" + Text.basic(day) + ".csv";
        String date = Text.iso(day);
        try (LineOutput out = LineOutput.create(inbox.resolve(file), Csv.EOL)) {
          out.write(Csv.line(HEADER));
          for (Instruction in : byDay.get(d)) {
            writeLine(out, file, date, d, d == dayCount - 1, in);
          }
        }
      }
    }
  }

  private void writeLine(
      LineOutput out, String file, String date, int d, boolean businessDate, Instruction in)
      throws IOException {
    InboxData.Settlement s = in.settlement();
    out.append(date).append(',').append(in.columns()).append(',');
    if (s.day() == d) {
      int line =
          out.append("SETTLED,")
              .append(Text.quantity(in.trade().quantity()))
              .append(',')
              .append(Text.iso(s.settled()))
              .append(",")
              .endLine();
      if (s.late()) {
        faults.add(
            new PendingFault(
                    InboxFaultKind.LATE_SETTLEMENT,
                    in.trade().execId(),
                    Text.iso(s.intended()),
                    Text.iso(s.settled()),
                    describe(in)
                        + " settled "
                        + ChronoUnit.DAYS.between(s.intended(), s.settled())
                        + " calendar day(s) late"
                        + (s.failReason().isEmpty() ? "" : " after failing with " + s.failReason()))
                .at(file, line));
      }
    } else if (d >= in.intendedDay()) {
      String reason = Text.oneLine(s.failReason());
      int line = out.append(Csv.line("FAILED", "0", "", reason)).endLine();
      if (businessDate) {
        faults.add(
            new PendingFault(
                    InboxFaultKind.FAILED_SETTLEMENT,
                    in.trade().execId(),
                    Text.iso(s.intended()),
                    reason.isEmpty() ? "FAILED" : "FAILED " + reason,
                    describe(in)
                        + " due "
                        + s.intended()
                        + " is still failing"
                        + (reason.isEmpty() ? "" : " (" + reason + ")"))
                .at(file, line));
      }
    } else {
      out.append("PENDING,0,,").endLine();
    }
  }

  private static String describe(Instruction in) {
    Trade t = in.trade();
    return Text.tradeRef(t.id())
        + " ("
        + t.side()
        + " "
        + Text.quantity(t.quantity())
        + " "
        + in.instrument().symbol()
        + ")";
  }
}
