package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.demo.inbox.InboxWriter;
import com.tickmark.model.demo.inbox.WrittenInbox;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.statement.BankFile;
import com.tickmark.model.recon.statement.BankStatement;
import com.tickmark.model.recon.statement.BankStatements;
import com.tickmark.model.recon.statement.StatementEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo firm's banks' files, faults included, are statements whose balances add up. */
class DemoBankStatementsTest {
  private static final FaultRates HIGH =
      new FaultRates(0.08, 0.08, 0.08, 0.08, 0.5, 0.1, 0.1, 0.9, 0.05, 0.03);

  @TempDir Path dir;

  @Test
  void everyDemoBankFileParsesAndAddsUp() throws IOException {
    new InboxWriter().write(DemoFirmFixture.sized(HIGH, 4, 40, 6, 11L), dir);

    List<Path> files;
    try (Stream<Path> all = Files.list(dir.resolve(InboxWriter.BANK))) {
      files = all.sorted().toList();
    }
    assertThat(files).hasSize(12);
    int entries = 0;
    for (Path f : files) {
      BankFile file = BankStatements.read(f);
      assertThat(file.describedProblems()).as(f.getFileName().toString()).isEmpty();
      assertThat(file.format())
          .isEqualTo(
              f.toString().endsWith(".sta") ? BankFile.Format.MT940 : BankFile.Format.CAMT053);
      BankStatement s = file.statements().get(0);
      assertThat(file.statements()).hasSize(1);
      assertThat(s.opening().amount().add(s.movements())).isEqualTo(s.closing().amount());
      entries += s.entries().size();
      assertThat(s.entries())
          .filteredOn(e -> e.customerReference() != null)
          .allSatisfy(e -> assertThat(e.endToEndId()).isNotNull());
    }
    assertThat(entries).isGreaterThan(50);
  }

  @Test
  void messyStatementsStillAddUpAndEachExpectedMatchIsAnEntryAsDescribed() throws IOException {
    MessRates mess = new MessRates(0.5, 0.1, 0.5, 0.1, 0.1);
    WrittenInbox written =
        new InboxWriter().write(DemoFirmFixture.messy(HIGH, mess, 4, 40, 6, 11L), dir);

    Map<String, StatementEntry> entries = new HashMap<>();
    Map<String, LocalDate> statementDates = new HashMap<>();
    try (Stream<Path> all = Files.list(dir.resolve(InboxWriter.BANK))) {
      for (Path f : all.sorted().toList()) {
        BankFile file = BankStatements.read(f);
        assertThat(file.describedProblems()).as(f.getFileName().toString()).isEmpty();
        BankStatement s = file.statements().get(0);
        assertThat(s.opening().amount().add(s.movements())).isEqualTo(s.closing().amount());
        for (StatementEntry e : s.entries()) {
          String where = InboxWriter.BANK + "/" + f.getFileName() + ":" + e.line();
          entries.put(where, e);
          statementDates.put(where, s.closing().date());
        }
      }
    }
    List<ExpectedMatch> matches = written.expectedMatches();
    assertThat(matches)
        .extracting(ExpectedMatch::kind)
        .contains(Arrays.stream(ExpectedMatchKind.values()).map(Enum::name).toArray(String[]::new));
    Set<String> faulted = new HashSet<>();
    written.faults().forEach(f -> faulted.add(f.file() + ":" + f.line()));
    for (ExpectedMatch m : matches) {
      String where = m.file() + ":" + m.line();
      StatementEntry e = entries.get(where);
      assertThat(e).as(where).isNotNull();
      assertThat(faulted).as("%s is no fault", where).doesNotContain(where);
      switch (ExpectedMatchKind.valueOf(m.kind())) {
        case NETTED -> {
          assertThat(e.endToEndId()).as(where).isNull();
          assertThat(m.ours().split(" ")).hasSizeGreaterThan(1);
          assertThat(m.pass()).isEqualTo(BuiltInRecons.PASS_NETTED);
        }
        case BANK_REFERENCE_ONLY -> {
          assertThat(e.endToEndId()).as(where).isNull();
          assertThat(e.bankReference()).isEqualTo(m.reference());
          assertThat(m.pass()).isEqualTo(BuiltInRecons.PASS_COUNTERPARTY);
        }
        case COUNTERPARTY_ALIAS -> assertThat(e.counterpartyName()).isNotNull();
        case VALUE_DATE_OFF -> {
          assertThat(e.endToEndId()).isEqualTo(m.ours());
          assertThat(e.valueDate()).isAfter(statementDates.get(where));
        }
        case AMOUNT_CENTS_OFF -> assertThat(e.endToEndId()).isEqualTo(m.ours());
      }
    }
  }
}
