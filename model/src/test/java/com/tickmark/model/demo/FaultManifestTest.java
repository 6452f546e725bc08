package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.demo.inbox.FaultManifest;
import com.tickmark.model.demo.inbox.InboxWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultManifestTest {
  @TempDir Path dir;

  @Test
  void readsBackExactlyWhatItWroteIncludingCommasQuotesLineBreaksAndAccents() {
    List<InjectedFault> faults =
        List.of(
            new InjectedFault(
                "MISSING_CONFIRMATION",
                "confirmations/BRKA_20250310.csv",
                0,
                "E1",
                "BUY 100 X @ 1.5",
                "",
                "never, \"ever\" confirmed"),
            new InjectedFault(
                "BANK_AMOUNT_MISMATCH",
                "bank/BANKB_CASH-EUR_20250311.xml",
                42,
                "E2",
                "-1234.50",
                "-1259.50",
                "two\nlines\r\nand é"),
            new InjectedFault(
                "UNEXPECTED_POSITION",
                "custody/CUSTA_positions_20250312.csv",
                7,
                " padded ",
                "0",
                "300",
                ""));
    Path file = dir.resolve("faults.csv");

    FaultManifest.write(faults, file);

    assertThat(FaultManifest.read(file)).isEqualTo(faults);
  }

  @Test
  void roundTripsTheFaultsOfARealInbox() {
    List<InjectedFault> faults =
        new InboxWriter()
            .write(
                DemoFirmFixture.sized(
                    new FaultRates(0.1, 0.1, 0.1, 0.1, 0.3, 0.1, 0.1, 0.5, 0.05, 0.05),
                    3,
                    30,
                    6,
                    3L),
                dir.resolve("inbox"))
            .faults();
    Path file = dir.resolve("manifest/faults.csv");

    FaultManifest.write(faults, file);

    assertThat(faults).isNotEmpty();
    assertThat(FaultManifest.read(file)).isEqualTo(faults);
  }

  @Test
  void writesAHeaderRowFirst() throws IOException {
    Path file = dir.resolve("faults.csv");

    FaultManifest.write(List.of(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("kind,file,line,reference,expected,actual,description\r\n");
    assertThat(FaultManifest.read(file)).isEmpty();
  }

  @Test
  void refusesAFileWithoutTheHeader() throws IOException {
    Path file = dir.resolve("faults.csv");
    Files.writeString(file, "MISSING_CONFIRMATION,a.csv,0,E1,,,\r\n");

    assertThatThrownBy(() -> FaultManifest.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void refusesALineWithTheWrongNumberOfFieldsNamingIt() throws IOException {
    Path file = dir.resolve("faults.csv");
    Files.writeString(
        file,
        String.join(",", FaultManifest.HEADER)
            + "\r\nMISSING_CONFIRMATION,a.csv,0,E1,,,\r\nX,b.csv,3\r\n");

    assertThatThrownBy(() -> FaultManifest.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void refusesALineNumberThatIsNotANumber() throws IOException {
    Path file = dir.resolve("faults.csv");
    Files.writeString(
        file,
        String.join(",", FaultManifest.HEADER) + "\r\nMISSING_CONFIRMATION,a.csv,x,E1,,,\r\n");

    assertThatThrownBy(() -> FaultManifest.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'x'");
  }
}
