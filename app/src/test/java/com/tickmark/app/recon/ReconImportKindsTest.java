package com.tickmark.app.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.area.ImportKind;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recon inputs as the Import screen imports them: a bank statement's reading is watched and a
 * cancelled one writes nothing; a confirmation file imported before is refused naming that import.
 */
class ReconImportKindsTest {
  static final String STATEMENT =
      ":20:FX1120\r\n:25:US64JPMC000099887766\r\n:28C:00001/001\r\n"
          + ":60F:C251119USD100,00\r\n:61:251120C10,00NTRFNONREF//B1\r\n:86:INTEREST\r\n"
          + ":62F:C251120USD110,00\r\n-\r\n";

  @TempDir Path dir;
  SecurityFixture fx;
  Actor clerk;

  @BeforeEach
  void open() {
    fx = SecurityFixture.create(dir.resolve("ws"));
    clerk = fx.user("clara", Role.CLERK);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  /** Watches the reading; cancels once {@code cancelAfter} bytes were read (never when < 0). */
  static final class Watch implements ImportMonitor {
    final AtomicLong read = new AtomicLong();
    final long cancelAfter;
    long total;

    Watch(long cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public void progress(long bytesRead, long totalBytes) {
      read.set(bytesRead);
      total = totalBytes;
    }

    @Override
    public boolean isCancelled() {
      return cancelAfter >= 0 && read.get() >= cancelAfter;
    }
  }

  private ImportKind.Outcome importStatement(Path file, ImportMonitor monitor) {
    return ReconImportKinds.BANK_STATEMENT.importer().run(fx.services, clerk, file, monitor);
  }

  @Test
  void aCancelledBankStatementImportWritesNothingAndAWatchedOneIsStored() throws Exception {
    Path file = Files.writeString(dir.resolve("JPMC_20251120.sta"), STATEMENT);

    assertThatThrownBy(() -> importStatement(file, new Watch(1)))
        .isInstanceOf(CancellationException.class);
    assertThat(
            fx.services.area(ReconServices.class).statements().statements(clerk, Optional.empty()))
        .isEmpty();

    Watch watch = new Watch(-1);
    ImportKind.Outcome o = importStatement(file, watch);

    assertThat(o.written()).isTrue();
    assertThat(o.summary())
        .isEqualTo("Imported JPMC_20251120.sta: 1 statement, 1 entry (import 1).");
    assertThat(watch.read.get()).isEqualTo(Files.size(file)).isEqualTo(watch.total);
    assertThat(
            fx.services.area(ReconServices.class).statements().statements(clerk, Optional.empty()))
        .singleElement()
        .satisfies(s -> assertThat(s.closing()).isEqualByComparingTo("110.00"));
  }

  @Test
  void aConfirmationFileImportedBeforeIsRefusedNamingTheEarlierImport() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("GSX_20261109.csv"),
            "broker_ref,client_exec_id,order_id,trade_date,settlement_date,isin_or_symbol,side,"
                + "quantity,price,gross_amount,commission,fees,net_amount,currency,account,fills\n"
                + "GSX-2026110900001,E20261109-000062,O-ETFMM-20261109-00001,2026-11-09,"
                + "2026-11-10,US55345D1090,SELL,275,310.3700,85351.75,6.83,2.37,85342.55,USD,"
                + "CUST-US,1\n");
    ImportKind kind = ReconImportKinds.CONFIRMATIONS;

    ImportKind.Outcome first = kind.importer().run(fx.services, clerk, file, ImportMonitor.NONE);

    assertThat(first.summary())
        .isEqualTo("Imported GSX_20261109.csv: 1 confirmation lines (import 1).");
    assertThatThrownBy(() -> kind.importer().run(fx.services, clerk, file, ImportMonitor.NONE))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageStartingWith("GSX_20261109.csv was already imported on ")
        .hasMessageContaining("by clara (as GSX_20261109.csv, import 1, 1 confirmation lines)");
  }
}
