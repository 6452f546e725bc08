package com.tickmark.app.cli;

import static com.tickmark.app.cli.TickmarkCommandTest.AS_DEMO_USER;
import static com.tickmark.app.cli.TickmarkCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.prowidesoftware.swift.io.RJEReader;
import com.prowidesoftware.swift.model.SwiftTagListBlock;
import com.prowidesoftware.swift.model.field.Field19A;
import com.prowidesoftware.swift.model.field.Field20C;
import com.prowidesoftware.swift.model.field.Field35B;
import com.prowidesoftware.swift.model.field.Field36B;
import com.prowidesoftware.swift.model.field.Field95P;
import com.prowidesoftware.swift.model.field.Field97A;
import com.prowidesoftware.swift.model.field.Field98A;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import com.tickmark.app.cli.TickmarkCommandTest.Run;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tickmark settlement instructions} on a small demo firm whose SSI for one broker's US
 * equities has been retired, so that some obligations have none.
 */
class SettlementInstructionsCommandTest {
  static final String RETIRED_SSI = "GSX-EQ-US";
  @TempDir static Path shared;
  static Path workspace;

  @BeforeAll
  static void makeDemo() {
    workspace = shared.resolve("demo");
    Run r =
        run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "2",
            "--trades-per-day",
            "120",
            "--history-days",
            "30",
            "--business-date",
            "2025-11-20",
            "--seed",
            "5");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Run retired = as("admin", "refdata", "retire", "ssi", RETIRED_SSI, "--reason", "test");
    assertThat(retired.exitCode()).as(retired.err()).isZero();
  }

  private static Run as(String user, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--workspace", workspace.toString(), "--user", user));
    all.addAll(Arrays.asList(args));
    return run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  private static List<String[]> csv(Run r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
  }

  /** Reference data CSV rows by their first column (the code). */
  private static Map<String, String[]> byCode(String kind) {
    Map<String, String[]> rows = new HashMap<>();
    for (String[] row : csv(as("viewer", "refdata", "list", kind, "--all", "--format", "csv"))) {
      rows.put(row[0], row);
    }
    return rows;
  }

  private static Map<String, AbstractMT> readBack(Path file) throws IOException {
    Map<String, AbstractMT> byReference = new HashMap<>();
    RJEReader reader = new RJEReader(Files.readString(file));
    while (reader.hasNext()) {
      AbstractMT mt = AbstractMT.parse(reader.next());
      Field20C seme = (Field20C) mt.getSwiftMessage().getBlock4().getFieldByName("20C");
      assertThat(byReference.put(seme.getReference(), mt)).as("unique SEME").isNull();
    }
    return byReference;
  }

  private static String party(SwiftTagListBlock b4, String qualifier) {
    for (SwiftTagListBlock p : b4.getSubBlocks("SETPRTY")) {
      Field95P party = (Field95P) p.getFieldByName("95P");
      if (party.getQualifier().equals(qualifier)) {
        Field97A account = (Field97A) p.getFieldByName("97A");
        return party.getIdentifierCode()
            + (account == null ? "" : " " + account.getAccountNumber());
      }
    }
    return null;
  }

  @Test
  void theDaysFileParsesBackToTheObligationsAndSkipsThoseWithoutAnSsi() throws IOException {
    Run table = as("clerk", "settlement", "instructions", "--date", "2025-11-20", "--replace");
    assertThat(table.exitCode()).as(table.err()).isZero();

    // The obligations of the trades done that day (the demo's execution ids carry the date).
    List<String[]> due =
        csv(as("clerk", "settlement", "obligations", "--date", "2025-11-20", "--format", "csv"))
            .stream()
            .filter(row -> row[1].startsWith("E20251120-") && !row[7].equals("PVP"))
            .toList();
    List<String[]> missing = due.stream().filter(row -> row[14].equals("MISSING")).toList();
    List<String[]> instructed = due.stream().filter(row -> !row[14].equals("MISSING")).toList();
    assertThat(missing).isNotEmpty();
    assertThat(instructed).hasSizeGreaterThan(10);

    Matcher wrote =
        Pattern.compile("Wrote (\\d+) settlement instructions for 2025-11-20 to (.+)")
            .matcher(table.out());
    assertThat(wrote.find()).as(table.out()).isTrue();
    assertThat(Integer.parseInt(wrote.group(1))).isEqualTo(instructed.size());
    Path file = Path.of(wrote.group(2).trim());
    assertThat(file)
        .isEqualTo(workspace.resolve("outbox/settlement/MT54x_20251120.fin").toAbsolutePath());
    long receipts = instructed.stream().filter(row -> row[7].equals("RVP")).count();
    assertThat(table.out())
        .containsPattern("MT541 +receive against payment +" + receipts)
        .containsPattern("MT543 +deliver against payment +" + (instructed.size() - receipts))
        .containsPattern("MT540 +receive free +0")
        .containsPattern("skipped +missing SSI +" + missing.size());
    for (String[] row : missing) {
      assertThat(table.out()).containsPattern(row[0] + " +" + row[1] + " +GSX .*missing SSI");
    }

    Map<String, String[]> ssis = byCode("ssi");
    Map<String, String[]> counterparties = byCode("counterparty");
    Map<String, AbstractMT> messages = readBack(file);
    assertThat(messages.keySet())
        .containsExactlyInAnyOrderElementsOf(instructed.stream().map(row -> row[1]).toList());
    for (String[] row : instructed) {
      AbstractMT mt = messages.get(row[1]);
      boolean buy = row[6].equals("BUY");
      assertThat(mt.getMessageType()).as(row[1]).isEqualTo(buy ? "541" : "543");
      assertThat(mt.getSender()).isEqualTo("LKPCUS33XXXX");
      SwiftTagListBlock b4 = mt.getSwiftMessage().getBlock4();
      assertThat(((Field35B) b4.getFieldByName("35B")).getISIN()).isEqualTo(row[5]);
      Field36B quantity = (Field36B) b4.getFieldByName("36B", "SETT");
      assertThat(quantity.getQuantityTypeCode()).isEqualTo("UNIT");
      assertThat(quantity.getQuantityAsBigDecimal()).isEqualByComparingTo(row[8]);
      assertThat(((Field98A) b4.getFieldByName("98A", "TRAD")).getDate()).isEqualTo("20251120");
      assertThat(((Field98A) b4.getFieldByName("98A", "SETT")).getDate())
          .isEqualTo(row[12].replace("-", ""));
      Field19A amount = (Field19A) b4.getFieldByName("19A", "SETT");
      assertThat(amount.getCurrencyCode()).isEqualTo(row[11]);
      assertThat(amount.getAmountAsBigDecimal())
          .isEqualByComparingTo(new BigDecimal(row[10]).abs());
      assertThat(((Field97A) b4.getFieldByName("97A", "SAFE")).getAccountNumber()).isNotBlank();
      String[] ssi = ssis.get(row[14]); // code,counterparty,...,agent-bic,their-account,retired
      assertThat(party(b4, buy ? "DEAG" : "REAG")).isEqualTo(ssi[8] + " " + ssi[9]);
      assertThat(party(b4, buy ? "SELL" : "BUYR")).isEqualTo(counterparties.get(row[3])[4]);
      assertThat(party(b4, "PSET")).isEqualTo(row[13]);
    }

    // The per-message list: one row per obligation of the day, written or skipped.
    Run list =
        as(
            "clerk",
            "settlement",
            "instructions",
            "--date",
            "2025-11-20",
            "--replace",
            "--format",
            "csv");
    assertThat(list.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "trade_id,our_reference,message_type,counterparty,isin,quantity,trade_date,"
                + "settlement_date,amount,currency,place_of_settlement,status");
    List<String[]> rows = csv(list);
    assertThat(rows).hasSize(due.size());
    assertThat(rows.stream().filter(r -> r[11].equals("skipped: missing SSI")))
        .hasSize(missing.size())
        .allSatisfy(r -> assertThat(r[3]).isEqualTo("GSX"));
    assertThat(list.err()).contains("Wrote " + instructed.size() + " settlement instructions");
  }

  @Test
  void aDaysFileIsWrittenOnceUnlessReplaced() throws IOException {
    Run first = as("clerk", "settlement", "instructions", "--date", "2025-11-19");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path file = workspace.resolve("outbox/settlement/MT54x_20251119.fin");
    String written = Files.readString(file);
    assertThat(written).startsWith("{1:F01LKPCUS33XXXX");

    Run again = as("clerk", "settlement", "instructions", "--date", "2025-11-19");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .contains("The settlement instructions of 2025-11-19 were already written to")
        .contains("Add --replace to write them again");
    assertThat(Files.readString(file)).isEqualTo(written);

    Run replaced = as("clerk", "settlement", "instructions", "--date", "2025-11-19", "--replace");
    assertThat(replaced.exitCode()).as(replaced.err()).isZero();
    assertThat(Files.readString(file)).isEqualTo(written);

    Run viewer = as("viewer", "settlement", "instructions", "--date", "2025-11-19", "--replace");
    assertThat(viewer.exitCode()).isEqualTo(1);
  }
}
