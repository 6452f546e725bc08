package com.tickmark.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.common.Changes.FieldChange;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trade's before and after, and its values one by one, as an approver and a clerk read them. */
class TradeValuesTest {
  static final CurrencyCode JPY = CurrencyCode.of("JPY");

  static final TradeValues VALUES =
      TradeValues.of(
          List.of(new Currency(CurrencyCode.USD, "US dollar", 2), new Currency(JPY, "Yen", 0)),
          List.of(
              new Instrument(
                  new InstrumentId(29),
                  "BBT",
                  "Bright Bridge Technologies",
                  AssetClass.EQUITY,
                  Isin.withCheckDigit("US109876543"),
                  Mic.XNAS,
                  CurrencyCode.USD,
                  null,
                  "Information Technology",
                  "US",
                  SettlementConvention.parse("T+1 XNYS"))),
          List.of(
              new Book(new BookId(1), "STATARB-US", "Stat arb US", "STATARB", CurrencyCode.USD)),
          List.of(
              new Counterparty(
                  new CounterpartyId(1),
                  "GSX",
                  "Granite Street Securities LLC",
                  CounterpartyRole.BROKER,
                  Lei.withCheckDigits("549300GRSTUS330000"),
                  new Bic("GRSTUS33"),
                  "US")),
          List.of(
              new Account(
                  new AccountId(7),
                  "TRD-STATARB-US",
                  "Stat arb US trading",
                  AccountType.TRADING,
                  null,
                  null,
                  "",
                  new BookId(1))));

  /** A trade as the audit trail writes it (TradeJson): ids, amounts as booked, no account. */
  static String trade(String currency, String price, String commission, String settles) {
    return "{\"id\":\"T-000042\",\"version\":1,\"status\":\"CONFIRMED\",\"execId\":\"E1\","
        + "\"orderId\":\"O1\",\"brokerRef\":null,\"book\":1,\"instrument\":29,\"side\":\"BUY\","
        + "\"quantity\":\"1500.000000\",\"price\":\""
        + price
        + "\",\"grossAmount\":\"30300.000000\",\"commission\":\""
        + commission
        + "\",\"fees\":\"0.000000\",\"currency\":\""
        + currency
        + "\",\"tradeDate\":\"2026-12-02\",\"executionTime\":\"2026-12-02T14:30:05.123456Z\","
        + "\"settlementDate\":\""
        + settles
        + "\",\"counterparty\":1,\"account\":null,\"source\":\"FIX\"}";
  }

  @Test
  void anAmendmentReadsInCodesNamesAndTheCurrencysDecimalsChangedFieldsFirst() {
    List<FieldChange> changes =
        VALUES.changes(
            trade("USD", "20.20000000", "0.000000", "2026-12-03"),
            trade("USD", "20.25", "0.000000", "2026-12-04"));

    assertThat(changes.subList(0, 2))
        .containsExactly(
            new FieldChange("Price", "20.20", "20.25"),
            new FieldChange("Settlement date", "2026-12-03", "2026-12-04"));
    assertThat(changes.subList(2, changes.size())).noneMatch(FieldChange::changed);
    assertThat(changes)
        .contains(
            new FieldChange("Book", "STATARB-US", "STATARB-US"),
            new FieldChange(
                "Instrument",
                "BBT · Bright Bridge Technologies",
                "BBT · Bright Bridge Technologies"),
            new FieldChange(
                "Counterparty",
                "GSX · Granite Street Securities LLC",
                "GSX · Granite Street Securities LLC"),
            new FieldChange("Account", "", ""),
            new FieldChange("Broker ref", "", ""),
            new FieldChange("Quantity", "1,500", "1,500"),
            new FieldChange("Notional", "30,300.00", "30,300.00"),
            new FieldChange("Commission", "0.00", "0.00"),
            new FieldChange("Exec ID", "E1", "E1"),
            new FieldChange("Executed (UTC)", "2026-12-02 14:30:05", "2026-12-02 14:30:05"),
            new FieldChange("Trade", "T-000042", "T-000042"));
    assertThat(changes)
        .extracting(FieldChange::field)
        .doesNotContain("book", "settlementDate", "grossAmount", "counterparty");
  }

  @Test
  void amountsKeepTheirCurrencysDecimalsAndPricesAtLeastThose() {
    List<FieldChange> yen =
        VALUES.changes(
            trade("JPY", "1523.50000000", "1200.000000", "2026-12-03"),
            trade("JPY", "1523.00000000", "1200.000000", "2026-12-03"));
    assertThat(yen).contains(new FieldChange("Price", "1,523.5", "1,523"));
    assertThat(yen).contains(new FieldChange("Commission", "1,200", "1,200"));

    assertThat(VALUES.price(new BigDecimal("1.08455000"), CurrencyCode.USD)).isEqualTo("1.08455");
    assertThat(VALUES.price(new BigDecimal("20.2"), CurrencyCode.USD)).isEqualTo("20.20");
    assertThat(VALUES.amount(new BigDecimal("0.000000"), CurrencyCode.USD)).isEqualTo("0.00");
    assertThat(VALUES.amount(new BigDecimal("-1234.5"), CurrencyCode.USD)).isEqualTo("-1,234.50");
    assertThat(VALUES.quantity(new BigDecimal("2.500000"))).isEqualTo("2.5");
  }

  @Test
  void anIdTheReferenceDataDoesNotListIsNamedAsAnId() {
    assertThat(TradeValues.NONE.changes("", trade("USD", "20.2", "0", "2026-12-03")))
        .contains(new FieldChange("Book", null, "id 1"))
        .contains(new FieldChange("Price", null, "20.20"));
  }

  @Test
  void aRecordThatIsNotATradeIsShownPlainly() {
    assertThat(VALUES.changes("{\"book\":1,\"price\":\"1.500\"}", "{\"book\":2,\"price\":\"1.5\"}"))
        .containsExactly(
            new FieldChange("Book", "1", "2"), new FieldChange("Price", "1.500", "1.5"));
  }
}
