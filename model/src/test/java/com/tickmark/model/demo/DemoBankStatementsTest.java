package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.demo.inbox.InboxWriter;
import com.tickmark.model.recon.statement.BankFile;
import com.tickmark.model.recon.statement.BankStatement;
import com.tickmark.model.recon.statement.BankStatements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
