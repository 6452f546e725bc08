package com.tickmark.model.position;

import static com.tickmark.model.settlement.SettlementFixtures.ACME;
import static com.tickmark.model.settlement.SettlementFixtures.BOOK;
import static com.tickmark.model.settlement.SettlementFixtures.CUSTODIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.intake.CsvRows;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.intake.IntakeLayout;
import com.tickmark.model.intake.IntakeOutcome;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.settlement.SettlementFixtures;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of an opening balances file's lines, each problem named by line and field. */
class OpeningRowsTest {
  static final String HEADER =
      "type,as_of,book,custody_account,instrument,quantity,cost,cash_account,balance,currency";
  static final Account CUSTODY =
      new Account(
          new AccountId(1),
          "CUST-US",
          "US custody",
          AccountType.CUSTODY,
          CUSTODIAN,
          null,
          "C-1",
          null);
  static final Account CASH_JPY =
      new Account(
          new AccountId(4),
          "CASH-JPY",
          "Yen",
          AccountType.CASH,
          CUSTODIAN,
          CurrencyCode.of("JPY"),
          "J-1",
          null);

  /** The settlement fixtures' firm, with account numbers and a yen account (no minor units). */
  static final ReferenceDataStore FIRM =
      new ReferenceDataStore() {
        final ReferenceDataStore base = SettlementFixtures.referenceData();

        @Override
        public List<Currency> currencies() {
          return List.of(
              new Currency(CurrencyCode.USD, "US dollar", 2),
              new Currency(CurrencyCode.of("JPY"), "Yen", 0));
        }

        @Override
        public Map<String, HolidayCalendar> calendars() {
          return base.calendars();
        }

        @Override
        public List<Strategy> strategies() {
          return base.strategies();
        }

        @Override
        public List<Book> books() {
          return base.books();
        }

        @Override
        public List<Counterparty> counterparties() {
          return base.counterparties();
        }

        @Override
        public List<Instrument> instruments() {
          return base.instruments();
        }

        @Override
        public List<Account> accounts() {
          return List.of(CUSTODY, CASH_JPY);
        }

        @Override
        public List<Ssi> ssis() {
          return base.ssis();
        }
      };

  private static IntakeOutcome<OpeningLine> check(String... lines) {
    IntakeTarget<OpeningLine> nowhere =
        new IntakeTarget<>() {
          @Override
          public String kind() {
            return "test";
          }

          @Override
          public long nextId() {
            return 1;
          }

          @Override
          public long id(OpeningLine row) {
            return row.id();
          }

          @Override
          public void insert(List<OpeningLine> rows) {}

          @Override
          public void delete(long first, long last) {}
        };
    String text = HEADER + "\n" + String.join("\n", lines) + "\n";
    return new Intake<OpeningField, OpeningLine>(
            nowhere, IntakeJournal.NONE, Transactions.DIRECT, Clock.systemUTC())
        .run(
            new IntakeRequest("o.csv", "o.csv", "x", "admin", ImportMode.PREVIEW, 10, false),
            OpeningProfile.INSTANCE,
            CsvRows.of(text, IntakeLayout.of(OpeningProfile.INSTANCE)),
            new OpeningRows(FIRM, 7),
            null,
            ImportMonitor.NONE,
            o -> {});
  }

  private static List<String> problems(String... lines) {
    return check(lines).problems().stream().map(p -> p.describe("o.csv")).toList();
  }

  @Test
  void aHoldingAndACashBalanceBecomeTheOpeningBookByTheirCodes() {
    IntakeOutcome<OpeningLine> o =
        check(
            "POSITION,2026-11-06,EQ-US,C-1," + ACME.isin().value() + ",-250,-5000.50,,,USD",
            "cash,2026-11-06,,,,,,J-1,-1200000,JPY");

    assertThat(o.problems()).isEmpty();
    OpeningPosition held = o.sample().get(0).position();
    assertThat(held.book()).isEqualTo(BOOK);
    assertThat(held.custodyAccount()).isEqualTo(CUSTODY.id());
    assertThat(held.instrument()).isEqualTo(ACME.id());
    assertThat(held.quantity()).isEqualByComparingTo("-250");
    assertThat(held.cost()).isEqualByComparingTo("-5000.50");
    assertThat(o.sample().get(1).cash())
        .isEqualTo(
            new OpeningCash(
                LocalDate.of(2026, 11, 6), CASH_JPY.id(), new java.math.BigDecimal("-1200000")));
    assertThat(o.sample()).allSatisfy(l -> assertThat(l.importId()).isEqualTo(7));
  }

  @Test
  void eachLineIsCheckedAgainstItsTypeTheReferenceDataAndTheRestOfTheFile() {
    assertThat(
            problems(
                "POSITION,2026-11-06,EQ-US,C-1,ACME,100,-10.00,,,USD",
                "POSITION,2026-11-06,EQ-US,C-1,ACME,5,10.00,,,USD",
                "POSITION,2026-11-06,EQ-US,C-1,EUR/USD,5,10.00,,,USD",
                "POSITION,2026-11-06,EQ-US,J-1,ACME,5,10.00,,,USD",
                "CASH,2026-11-06,,,,,,J-1,10.5,JPY",
                "CASH,2026-11-06,EQ-US,,,,,J-1,10,JPY",
                "CASH,2026-11-07,,,,,,J-1,10,JPY",
                "HOLDING,2026-11-06,,,,,,,,USD",
                "POSITION,2026-11-06,FX,C-1,ACME,0,0,,,USD"))
        .containsExactly(
            "o.csv:2: cost: is -10.00 for a quantity of 100; a long holding's cost is positive, a"
                + " short's negative (what selling it brought in)",
            "o.csv:3: instrument: ACME in EQ-US at C-1 is on line 2 already; each holding is one"
                + " line",
            "o.csv:4: instrument: EUR/USD is FX: currencies are held as CASH lines of their cash"
                + " accounts",
            "o.csv:5: custody_account: 'J-1' is not the number of a custody account (it is"
                + " CASH-JPY, a CASH account)",
            "o.csv:6: balance: 10.5 has 1 decimal; JPY has at most 0",
            "o.csv:7: book: must be empty on a CASH line",
            "o.csv:7: cash_account: J-1 is on line 6 already; each cash account is one line",
            "o.csv:8: as_of: is 2026-11-07, but line 2 says 2026-11-06; every line of an opening"
                + " book is as of the same close",
            "o.csv:8: cash_account: J-1 is on line 6 already; each cash account is one line",
            "o.csv:9: type: 'HOLDING' is not POSITION or CASH",
            "o.csv:10: quantity: must not be 0 (leave a holding of nothing out)");
  }
}
