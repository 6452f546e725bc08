package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.DemoBankSpellings;
import com.tickmark.model.demo.ExpectedMatch;
import com.tickmark.model.demo.ExpectedMatchKind;
import com.tickmark.model.demo.InboxFaultKind;
import com.tickmark.model.demo.InjectedFault;
import com.tickmark.model.demo.MessRates;
import com.tickmark.model.demo.inbox.BankStatement.Entry;
import com.tickmark.model.demo.inbox.BankStatement.EntryType;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code bank/{BANK}_{ACCOUNT}_{yyyyMMdd}.sta} (MT940) or {@code .xml} (camt.053.001.08):
 * one statement per cash account and trading day. Each settled trade is one entry on the day it
 * actually settled (a settlement on a day that is not a trading day shows on the next trading day's
 * statement, with its own value date): a buy debits gross + commission + fees, a sell credits gross
 * − commission − fees ({@link Trade#netCashOut()}); an FX trade moves its quantity in the base
 * currency's account and its net cash in the quote currency's account. The day's opening balance is
 * the previous day's closing balance (day one: the opening cash).
 */
public final class BankStatementFiles {
  public static final String FOLDER = "bank";

  private static final int[] CHARGE_FEES = {5, 10, 15, 20, 25, 35, 50};
  private static final List<String> CHARGES =
      List.of(
          "ACCOUNT MAINTENANCE FEE",
          "PAYMENT PROCESSING CHARGES",
          "SWIFT MESSAGE CHARGES",
          "CASH MANAGEMENT SERVICE FEE");

  private final InboxData data;
  private final Map<AccountId, StatementFormat> formats;
  private final Dice dice;

  /** The messiness: a stream of its own, so that the faults are drawn as they always were. */
  private final Dice mess;

  private final List<InjectedFault> faults = new ArrayList<>();
  private final List<ExpectedMatch> matches = new ArrayList<>();

  private BankStatementFiles(InboxData data, Map<AccountId, StatementFormat> formats) {
    this.data = data;
    this.formats = formats;
    this.dice = data.dice("bank");
    this.mess = data.dice("bank-mess");
  }

  public static WrittenInbox write(
      InboxData data, Map<AccountId, StatementFormat> formats, Path inbox) throws IOException {
    BankStatementFiles files = new BankStatementFiles(data, formats);
    files.writeAll(inbox);
    return new WrittenInbox(files.faults, files.matches);
  }

  /** A settlement the books expect on a cash account: one leg of a trade. */
  private record Movement(
      Trade trade,
      Counterparty counterparty,
      LocalDate valueDate,
      BigDecimal amount,
      EntryType type,
      String narrative,
      String isin) {}

  private void writeAll(Path inbox) throws IOException {
    List<LocalDate> days = data.days();
    Map<AccountId, List<List<Movement>>> movements = movements();
    List<Account> cashAccounts = data.accounts(AccountType.CASH);
    for (Counterparty bank : data.providers(AccountType.CASH)) {
      for (Account account : data.accountsAt(bank.id(), AccountType.CASH)) {
        StatementFormat format = formats.getOrDefault(account.id(), StatementFormat.MT940);
        int ordinal = cashAccounts.indexOf(account) + 1;
        OpeningCash start = data.openingCash(account);
        BigDecimal balance = Text.money(start.balance());
        LocalDate balanceDate = start.asOf();
        List<List<Movement>> byDay = movements.get(account.id());
        for (int d = 0; d < days.size(); d++) {
          LocalDate day = days.get(d);
          String file =
              FOLDER
                  + "/"
                  + Text.fileCode(bank.code())
                  + "_"
                  + Text.fileCode(account.code())
                  + "_"
                  + Text.basic(day)
                  + "."
                  + format.extension();
          List<Movement> due = byDay == null ? List.of() : byDay.get(d);
          LocalDate next = d + 1 < days.size() ? days.get(d + 1) : null;
          List<Entry> entries = entries(file, bank, ordinal, day, next, due);
          BankStatement statement =
              new BankStatement(
                  data.firm().referenceData().firmName(),
                  bank,
                  account,
                  d + 1,
                  day,
                  balanceDate,
                  balance,
                  entries);
          try (LineOutput out =
              LineOutput.create(
                  inbox.resolve(file),
                  format == StatementFormat.MT940 ? Mt940Writer.EOL : Camt053Writer.EOL)) {
            int[] lines =
                format == StatementFormat.MT940
                    ? Mt940Writer.write(statement, out)
                    : Camt053Writer.write(statement, out);
            for (int i = 0; i < lines.length; i++) {
              if (entries.get(i).fault() != null) {
                faults.add(entries.get(i).fault().at(file, lines[i]));
              }
              if (entries.get(i).match() != null) {
                matches.addAll(entries.get(i).match().at(file, lines[i]));
              }
            }
          }
          balance = statement.closing();
          balanceDate = day;
        }
      }
    }
  }

  /**
   * Per cash account and trading day, the settlements the books expect, in value-date then
   * execution order.
   */
  private Map<AccountId, List<List<Movement>>> movements() {
    Map<AccountId, List<List<Movement>>> out = new HashMap<>();
    int dayCount = data.days().size();
    for (Trade t : data.trades()) {
      InboxData.Settlement settlement = data.settlement(t);
      int day = settlement.day();
      if (day < 0) {
        continue;
      }
      LocalDate settled = settlement.settled();
      Instrument i = data.instrument(t.instrumentId());
      Counterparty counterparty = data.counterparty(t.counterpartyId());
      String broker = counterparty.code();
      BigDecimal cash = Text.money(t.netCashOut().negate());
      if (i.isFx()) {
        BigDecimal base = Text.money(t.quantity().multiply(BigDecimal.valueOf(t.side().sign())));
        String deal =
            "FX "
                + t.side()
                + " "
                + i.symbol()
                + " "
                + Text.quantity(t.quantity())
                + " @ "
                + t.price().toPlainString()
                + " "
                + broker;
        add(
            out,
            dayCount,
            data.cashAccount(i.baseCurrency()),
            day,
            new Movement(
                t,
                counterparty,
                settled,
                base,
                EntryType.FX,
                deal + " " + i.baseCurrency() + " LEG",
                ""));
        add(
            out,
            dayCount,
            data.cashAccount(t.currency()),
            day,
            new Movement(
                t,
                counterparty,
                settled,
                cash,
                EntryType.FX,
                deal + " " + t.currency() + " LEG",
                ""));
      } else {
        String isin = i.isin() == null ? "" : i.isin().value();
        String deal =
            (t.side() == Side.BUY ? "RVP BUY " : "DVP SELL ")
                + Text.quantity(t.quantity())
                + " "
                + i.symbol()
                + " "
                + isin
                + " "
                + broker;
        add(
            out,
            dayCount,
            data.cashAccount(t.currency()),
            day,
            new Movement(t, counterparty, settled, cash, EntryType.SECURITIES, deal, isin));
      }
    }
    for (List<List<Movement>> byDay : out.values()) {
      for (List<Movement> list : byDay) {
        list.sort(Comparator.comparing(Movement::valueDate));
      }
    }
    return out;
  }

  private static void add(
      Map<AccountId, List<List<Movement>>> out,
      int dayCount,
      Account account,
      int day,
      Movement m) {
    List<List<Movement>> byDay =
        out.computeIfAbsent(
            account.id(),
            k -> {
              List<List<Movement>> list = new ArrayList<>(dayCount);
              for (int d = 0; d < dayCount; d++) {
                list.add(new ArrayList<>());
              }
              return list;
            });
    byDay.get(day).add(m);
  }

  /**
   * The day's entries as the bank books them: some missing, some for another amount, perhaps
   * charges or interest (the faults); then, of those that agree, some netted per counterparty and
   * value date, some quoting only the bank's reference, some valued a day late or a few cents short
   * (the messiness, {@link MessRates}).
   *
   * @param next the next trading day, or null on the last
   */
  private List<Entry> entries(
      String file,
      Counterparty bank,
      int ordinal,
      LocalDate day,
      LocalDate next,
      List<Movement> due) {
    double missing = data.rates().missingBankEntry();
    double wrong = missing + data.rates().bankAmountMismatch();
    List<Entry> entries = new ArrayList<>(due.size() + 1);
    List<Movement> booked = new ArrayList<>(due.size());
    Set<String> faulted = new HashSet<>();
    int seq = 0;
    String refPrefix = bankReferencePrefix(ordinal, day);
    for (Movement m : due) {
      String execId =
          m.trade().execId().isEmpty() ? "NOTPROVIDED" : Text.oneLine(m.trade().execId());
      String tradeRef = Text.tradeRef(m.trade().id());
      Entry entry =
          new Entry(
              m.valueDate(),
              m.amount(),
              m.type(),
              tradeRef,
              execId,
              refPrefix + Text.pad(++seq, 6),
              m.narrative(),
              m.isin(),
              m.counterparty().name(),
              null,
              null);
      double u = dice.roll();
      String reference = m.trade().execId();
      if (u < missing) {
        faulted.add(group(m));
        faults.add(
            new PendingFault(
                    InboxFaultKind.MISSING_BANK_ENTRY,
                    reference,
                    m.amount().toPlainString(),
                    "",
                    bank.code()
                        + " did not book the "
                        + m.amount().toPlainString()
                        + " settlement of "
                        + tradeRef
                        + " ("
                        + m.narrative()
                        + ")")
                .at(file, 0));
        continue;
      }
      if (u < wrong) {
        faulted.add(group(m));
        BigDecimal amount = wrongAmount(m.amount());
        entry =
            entry.withFault(
                amount,
                new PendingFault(
                    InboxFaultKind.BANK_AMOUNT_MISMATCH,
                    reference,
                    m.amount().toPlainString(),
                    amount.toPlainString(),
                    bank.code()
                        + " booked "
                        + amount.toPlainString()
                        + " for "
                        + tradeRef
                        + ", the books expect "
                        + m.amount().toPlainString()));
      }
      entries.add(entry);
      booked.add(m);
    }
    List<Entry> messy = messy(entries, booked, faulted, day, next);
    if (dice.chance(data.rates().unexpectedBankEntry())) {
      messy.add(bankOwnEntry(bank, refPrefix + Text.pad(++seq, 6), day));
    }
    return messy;
  }

  /** The settlements the bank may net with {@code m}: same counterparty and value date. */
  private static String group(Movement m) {
    return m.counterparty().code() + "|" + m.valueDate();
  }

  /**
   * The day's {@code entries} (one per {@code booked} movement, in order) with the messiness of
   * {@link MessRates}: whole groups of two or more without a fault netted into one entry, at the
   * first's place; each other agreeing entry perhaps quoting only the bank's reference, valued a
   * day late or a few cents short.
   */
  private List<Entry> messy(
      List<Entry> entries,
      List<Movement> booked,
      Set<String> faulted,
      LocalDate day,
      LocalDate next) {
    MessRates rates = data.firm().config().messRates();
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < booked.size(); i++) {
      groups.computeIfAbsent(group(booked.get(i)), k -> new ArrayList<>()).add(i);
    }
    Set<Integer> netted = new HashSet<>();
    Map<Integer, Entry> nettedAt = new HashMap<>();
    for (List<Integer> members : groups.values()) {
      if (members.size() >= 2
          && !faulted.contains(group(booked.get(members.get(0))))
          && mess.chance(rates.netted())) {
        netted.addAll(members);
        nettedAt.put(members.get(0), netted(entries, booked, members, rates));
      }
    }
    // a day-late value date must be the next business day, on this day's statement
    boolean canBeLate = next != null && next.equals(nextWeekday(day));
    List<Entry> out = new ArrayList<>(entries.size() + 1);
    for (int i = 0; i < entries.size(); i++) {
      if (netted.contains(i)) {
        if (nettedAt.containsKey(i)) {
          out.add(nettedAt.get(i));
        }
        continue;
      }
      Entry e = entries.get(i);
      Movement m = booked.get(i);
      double u = mess.roll();
      if (e.fault() != null || !m.valueDate().equals(day)) {
        out.add(e);
      } else if (u < rates.bankReferenceOnly()) {
        out.add(canBeLate ? bankReferenceOnly(e, m, next, rates) : e);
      } else if (u < rates.bankReferenceOnly() + rates.valueDateOff()) {
        out.add(
            canBeLate
                ? e.messy(
                    next,
                    e.amount(),
                    quoting(
                        ExpectedMatchKind.VALUE_DATE_OFF,
                        e,
                        m,
                        "valued " + next + ", a business day after the settlement on " + day))
                : e);
      } else if (u < rates.bankReferenceOnly() + rates.valueDateOff() + rates.amountCentsOff()) {
        BigDecimal charges = BigDecimal.valueOf(mess.between(1, 4), 2);
        out.add(
            e.messy(
                e.valueDate(),
                e.amount().subtract(charges),
                quoting(
                    ExpectedMatchKind.AMOUNT_CENTS_OFF,
                    e,
                    m,
                    charges.toPlainString() + " of charges taken from " + e.amount())));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** The weekday after {@code day}. */
  private static LocalDate nextWeekday(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** An entry still quoting our end-to-end id: the first pass matches it, with a difference. */
  private static PendingMatch quoting(
      ExpectedMatchKind kind, Entry e, Movement m, String description) {
    return new PendingMatch(
        List.of(kind),
        e.bankReference(),
        BuiltInRecons.PASS_END_TO_END,
        m.trade().execId(),
        description);
  }

  /** The counterparty's name as the bank writes it: its own spelling at the alias rate. */
  private String named(Counterparty c, MessRates rates, List<ExpectedMatchKind> kinds) {
    if (mess.chance(rates.counterpartyAlias())) {
      kinds.add(ExpectedMatchKind.COUNTERPARTY_ALIAS);
      return DemoBankSpellings.of(c);
    }
    return c.name();
  }

  /** One entry for the whole group {@code members}: summed, naming the counterparty, no ids. */
  private Entry netted(
      List<Entry> entries, List<Movement> booked, List<Integer> members, MessRates rates) {
    Entry first = entries.get(members.get(0));
    Movement m = booked.get(members.get(0));
    BigDecimal sum = BigDecimal.ZERO;
    List<String> ours = new ArrayList<>();
    EntryType type = first.type();
    for (int i : members) {
      sum = sum.add(entries.get(i).amount());
      ours.add(booked.get(i).trade().execId());
      type = entries.get(i).type() == type ? type : EntryType.NETTED;
    }
    List<ExpectedMatchKind> kinds = new ArrayList<>(List.of(ExpectedMatchKind.NETTED));
    String name = named(m.counterparty(), rates, kinds);
    return new Entry(
        first.valueDate(),
        sum,
        type,
        "NONREF",
        "NOTPROVIDED",
        first.bankReference(),
        "NETTED SETTLEMENTS " + members.size() + " ITEMS " + name,
        "",
        name,
        null,
        new PendingMatch(
            kinds,
            first.bankReference(),
            BuiltInRecons.PASS_NETTED,
            String.join(" ", ours),
            members.size() + " settlements with " + m.counterparty().code() + " netted"));
  }

  /**
   * The entry quoting only the bank's reference and naming the counterparty in its text, valued on
   * {@code next} (the bank books a transfer without our reference a day late).
   */
  private Entry bankReferenceOnly(Entry e, Movement m, LocalDate next, MessRates rates) {
    List<ExpectedMatchKind> kinds = new ArrayList<>(List.of(ExpectedMatchKind.BANK_REFERENCE_ONLY));
    String name = named(m.counterparty(), rates, kinds);
    return new Entry(
        next,
        e.amount(),
        e.type(),
        "NONREF",
        "NOTPROVIDED",
        e.bankReference(),
        (e.amount().signum() < 0 ? "TRANSFER TO " : "TRANSFER FROM ") + name,
        "",
        name,
        null,
        new PendingMatch(
            kinds,
            e.bankReference(),
            BuiltInRecons.PASS_COUNTERPARTY,
            m.trade().execId(),
            "only the bank's reference, naming " + m.counterparty().code() + " in its text"));
  }

  private Entry bankOwnEntry(Counterparty bank, String ref, LocalDate day) {
    double kind = dice.roll();
    EntryType type;
    BigDecimal amount;
    String narrative;
    String month =
        day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT)
            + " "
            + day.getYear();
    if (kind < 0.6) {
      type = EntryType.CHARGES;
      amount = dice.amount(5, 150).negate();
      narrative = dice.pick(CHARGES) + " " + month;
    } else if (kind < 0.85) {
      type = EntryType.INTEREST_CREDIT;
      amount = dice.amount(1, 800);
      narrative = "CREDIT INTEREST " + month;
    } else {
      type = EntryType.INTEREST_DEBIT;
      amount = dice.amount(1, 300).negate();
      narrative = "OVERDRAFT INTEREST " + month;
    }
    PendingFault fault =
        new PendingFault(
            InboxFaultKind.UNEXPECTED_BANK_ENTRY,
            ref,
            "",
            amount.toPlainString(),
            bank.code()
                + " booked "
                + amount.toPlainString()
                + " of its own ("
                + narrative
                + "), which the books do not expect");
    return new Entry(
        day, amount, type, "NONREF", "NOTPROVIDED", ref, narrative, "", "", fault, null);
  }

  /**
   * The bank's references: B, the account's number among the cash accounts, yyMMdd, then a
   * six-digit sequence: 15 characters.
   */
  private static String bankReferencePrefix(int ordinal, LocalDate day) {
    return "B" + Text.pad(ordinal, 2) + Text.yymmdd(day);
  }

  /** The same direction, off by a few basis points or by a fee the bank took. */
  private BigDecimal wrongAmount(BigDecimal amount) {
    BigDecimal size = amount.abs();
    BigDecimal delta;
    if (dice.chance(0.5)) {
      delta =
          Text.money(size.multiply(BigDecimal.valueOf(dice.between(1, 25))).movePointLeft(4))
              .max(new BigDecimal("0.01"));
    } else {
      delta =
          BigDecimal.valueOf(CHARGE_FEES[dice.between(0, CHARGE_FEES.length - 1)])
              .setScale(2, RoundingMode.UNNECESSARY);
    }
    BigDecimal wrong =
        dice.chance(0.5) || size.compareTo(delta) <= 0 ? size.add(delta) : size.subtract(delta);
    return amount.signum() < 0 ? wrong.negate() : wrong;
  }
}
