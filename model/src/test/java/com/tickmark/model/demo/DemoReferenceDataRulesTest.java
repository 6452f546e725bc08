package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.ReferenceDataRules;
import com.tickmark.model.refdata.Ssi;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules an administrator's additions and edits pass are the ones the demo firm's reference data
 * passes: every generated instrument, counterparty, account, book and SSI, written as fields and
 * checked again, is accepted and comes back unchanged.
 */
class DemoReferenceDataRulesTest {
  @Test
  void everyDemoItemPassesTheEditRulesAndReadsBackUnchanged() {
    DemoReferenceData demo =
        new DemoFirmGenerator(DemoTestCalendars.all())
            .generate(new DemoConfig(3, LocalDate.of(2025, 11, 20), 30, 1, 10, FaultRates.NONE))
            .referenceData();
    ReferenceDataRules rules =
        new ReferenceDataRules(
            new ReferenceData(
                demo.currencies(),
                demo.calendars(),
                demo.strategies(),
                demo.books(),
                demo.counterparties(),
                demo.instruments(),
                demo.accounts(),
                demo.ssis()));

    assertThat(demo.instruments()).hasSizeGreaterThan(200);
    for (Instrument i : demo.instruments()) {
      var values = rules.values(i);
      assertThat(rules.instrument(i.id().value(), values, values).orThrow())
          .as(i.symbol())
          .isEqualTo(i);
    }
    for (Counterparty c : demo.counterparties()) {
      var values = rules.values(c);
      assertThat(rules.counterparty(c.id().value(), values, values).orThrow()).isEqualTo(c);
    }
    for (Account a : demo.accounts()) {
      var values = rules.values(a);
      assertThat(rules.account(a.id().value(), values, values).orThrow()).isEqualTo(a);
    }
    for (Book b : demo.books()) {
      var values = rules.values(b);
      assertThat(rules.book(b.id().value(), values, values).orThrow()).isEqualTo(b);
    }
    assertThat(demo.ssis()).hasSize(40);
    for (Ssi s : demo.ssis()) {
      var values = rules.values(s);
      assertThat(rules.ssi(s.id().value(), false, values, values).orThrow())
          .as(s.code())
          .isEqualTo(s);
    }
  }
}
