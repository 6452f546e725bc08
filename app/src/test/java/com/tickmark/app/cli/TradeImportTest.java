package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.AppServices;
import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.DataVerification;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.intake.QuarantinedRow;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.model.trade.imports.ImportResult;
import com.tickmark.model.trade.imports.TradeImportService;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.trade.TradeRepositories;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeImportTest {
  static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);
  static final Map<String, String> AS_DEMO_USER =
      Map.of(Session.PASSWORD_VARIABLE, DemoUsers.PASSWORD);
  // Columns of the built-in layout.
  static final int EXEC_ID = 0;
  static final int QUANTITY = 7;
  static final int PRICE = 8;
  static final int TRADE_DATE = 12;
  static final int COUNTERPARTY = 14;

  @TempDir static Path shared;
  static Path template;
  @TempDir Path tmp;
  Workspace workspace;

  @BeforeAll
  static void makeTemplate() {
    template = shared.resolve("template");
    Run r =
        TickmarkCommandTest.run(
            "demo",
            "--workspace",
            template.toString(),
            "--days",
            "2",
            "--trades-per-day",
            "50",
            "--history-days",
            "30",
            "--business-date",
            BUSINESS_DATE.toString(),
            "--seed",
            "7");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @AfterEach
  void close() {
    if (workspace != null) {
      workspace.close();
    }
  }

  private Path copyOfDemo() throws IOException {
    Path target = tmp.resolve("ws");
    try (Stream<Path> paths = Files.walk(template)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(template.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("workspace.lock")) {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  private AppServices services() throws IOException {
    workspace = Workspace.open(copyOfDemo());
    return AppServices.of(workspace, Clock.systemUTC());
  }

  private static Actor clerk(AppServices s) {
    return s.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
  }

  /** The header and {@code rows} valid rows in the built-in layout, exec ids PREFIX-1 onwards. */
  private List<String> validFile(AppServices s, int rows, String prefix) throws IOException {
    Path f = tmp.resolve("valid-" + prefix + ".csv");
    SampleTradeFile.write(s.repositories(), BUSINESS_DATE, f, rows, prefix);
    return new ArrayList<>(Files.readAllLines(f));
  }

  private static String withCell(String line, int column, String value) {
    String[] cells = line.split(",", -1);
    cells[column] = value;
    return String.join(",", cells);
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path f = tmp.resolve(name);
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> described(ImportResult r) {
    return r.problems().stream().map(p -> p.describe(r.fileName())).toList();
  }

  @ParameterizedTest(name = "{0} = ''{1}'' → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0  |                   | exec_id: is required",
        "3  | NOBOOK            | book: 'NOBOOK' is not in the reference data",
        "4  | NOSUCH            | symbol: 'NOSUCH' is not in the reference data",
        "5  | US0000000000      | isin: 'US0000000000' is not in the reference data",
        "6  | X                 | side: 'X' is not a side code of profile tickmark",
        "7  | -5                | quantity: must be positive, not -5",
        "7  | 1O0               | quantity: '1O0' is not a number",
        "7  | 1e6               | quantity: '1e6' is in scientific notation; write the number out",
        "7  | 1000000000000000000000000 | quantity: is too large: at most 18 digits",
        "8  | 1.123456789       | price: 1.123456789 has 9 decimals; at most 8 are kept",
        "8  | 0                 | price: must be positive, not 0",
        "9  | -1                | commission: must not be negative, not -1",
        "10 | abc               | fees: 'abc' is not a number",
        "11 | JPY               | currency: 'JPY' is not",
        "12 | 20/11/2025        | trade_date: '20/11/2025' is not a date in the pattern yyyy-MM-dd",
        "12 | 2025-12-31        | trade_date: 2025-12-31 is after the business date 2025-11-20",
        "13 | yesterday         | execution_time: 'yesterday' does not match ISO-8601 UTC",
        "14 | NOBROKER          | counterparty: 'NOBROKER' is not in the reference data",
        "15 | NOACCOUNT         | account: 'NOACCOUNT' is not in the reference data",
      })
  void everyRuleReportsTheLineAndField(int column, String value, String expected)
      throws IOException {
    AppServices s = services();
    List<String> lines = validFile(s, 3, "R");
    lines.set(2, withCell(lines.get(2), column, value == null ? "" : value));
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("rule.csv", lines), ImportProfile.BUILT_IN, ImportMode.PREVIEW);
    assertThat(described(r)).anySatisfy(p -> assertThat(p).startsWith("rule.csv:3: " + expected));
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
  }

  @Test
  void aPriceFarFromTheReferencePriceAndANonBrokerCounterpartyAreReported() throws IOException {
    AppServices s = services();
    List<String> lines = validFile(s, 2, "P");
    String price = lines.get(1).split(",")[PRICE];
    lines.set(
        1,
        withCell(
            lines.get(1),
            PRICE,
            new BigDecimal(price).multiply(BigDecimal.valueOf(2)).toPlainString()));
    String custodian =
        s.repositories().referenceData().counterparties().stream()
            .filter(c -> c.role() != CounterpartyRole.BROKER)
            .findFirst()
            .orElseThrow()
            .code();
    lines.set(2, withCell(lines.get(2), COUNTERPARTY, custodian));
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("p.csv", lines), ImportProfile.BUILT_IN, ImportMode.PREVIEW);
    assertThat(described(r))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("p.csv:2: price: ")
                    .contains("% away from", "reference price"));
    assertThat(described(r))
        .anySatisfy(
            p -> assertThat(p).startsWith("p.csv:3: counterparty: " + custodian + " is a "));
  }

  @Test
  void aShortLineIsReportedWithItsLine() throws IOException {
    AppServices s = services();
    List<String> lines = validFile(s, 2, "S");
    lines.set(2, "S-2,ORD-1");
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("s.csv", lines), ImportProfile.BUILT_IN, ImportMode.PREVIEW);
    assertThat(described(r))
        .containsExactly("s.csv:3: line: has 2 fields; profile tickmark needs at least 16");
  }

  @Test
  void aValidFileLoadsWithSequentialIdsAfterTheLastTrade() throws IOException {
    AppServices s = services();
    long max = s.area(TradeServices.class).repositories().trades().maxId();
    Path f = write("ok.csv", validFile(s, 25, "OK"));
    ImportResult r =
        s.tradeImports().importFile(clerk(s), f, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    assertThat(r.problems()).isEmpty();
    assertThat(r.loaded()).isEqualTo(25);
    assertThat(r.record().firstTradeId()).isEqualTo(max + 1);
    assertThat(r.record().lastTradeId()).isEqualTo(max + 25);
    Trade first =
        s.area(TradeServices.class)
            .repositories()
            .trades()
            .find(new TradeId(max + 1))
            .orElseThrow();
    assertThat(first.execId()).isEqualTo("OK-1");
    assertThat(first.source()).isEqualTo(TradeSource.FILE);
    assertThat(first.status()).isEqualTo(TradeStatus.NEW);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.settlementDate()).isAfter(first.tradeDate());
    assertThat(
            s.area(TradeServices.class)
                .repositories()
                .trades()
                .find(new TradeId(max + 25))
                .orElseThrow()
                .execId())
        .isEqualTo("OK-25");
    assertThat(s.area(TradeServices.class).repositories().trades().history(first.id()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.recordedBy()).isEqualTo("clerk");
              assertThat(v.recordedAt()).isEqualTo(r.record().importedAt());
              assertThat(v.reason())
                  .isEqualTo("imported from ok.csv (import " + r.record().id() + ")");
            });
    assertThat(
            s.area(TradeServices.class)
                .repositories()
                .trades()
                .history(new TradeId(max))
                .get(0)
                .reason())
        .as("the demo firm's trades say where they came from")
        .startsWith("FIX drop copy ")
        .endsWith("(simulated by the demo firm)");
  }

  @Test
  void aFileWithOneBadRowWritesNothing() throws IOException {
    AppServices s = services();
    int before = s.area(TradeServices.class).repositories().trades().count();
    List<String> lines = validFile(s, 10, "N");
    lines.set(7, withCell(lines.get(7), QUANTITY, "0"));
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("n.csv", lines), ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    assertThat(r.written()).isFalse();
    assertThat(described(r)).containsExactly("n.csv:8: quantity: must be positive, not 0");
    assertThat(s.area(TradeServices.class).repositories().trades().count()).isEqualTo(before);
  }

  @Test
  void aBadRowAfterSeveralCommittedChunksUndoesTheWholeImport() throws IOException {
    AppServices s = services();
    int before = s.area(TradeServices.class).repositories().trades().count();
    long max = s.area(TradeServices.class).repositories().trades().maxId();
    List<String> lines = validFile(s, TradeImportService.CHUNK * 2 + 10, "C");
    int last = lines.size() - 1;
    lines.set(last, withCell(lines.get(last), TRADE_DATE, "not a date"));
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("c.csv", lines), ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    assertThat(described(r))
        .containsExactly(
            "c.csv:"
                + (last + 1)
                + ": trade_date: 'not a date' is not a date in the pattern yyyy-MM-dd");
    assertThat(s.area(TradeServices.class).repositories().trades().count()).isEqualTo(before);
    assertThat(s.area(TradeServices.class).repositories().trades().maxId()).isEqualTo(max);
  }

  @Test
  void quarantineLoadsTheGoodRowsAndSetsTheBadOnesAsideWithTheirProblems() throws IOException {
    AppServices s = services();
    int before = s.area(TradeServices.class).repositories().trades().count();
    List<String> lines = validFile(s, 6, "Q");
    String bad = withCell(withCell(lines.get(2), QUANTITY, "-1"), COUNTERPARTY, "NOBROKER");
    lines.set(2, bad);
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("q.csv", lines), ImportProfile.BUILT_IN, ImportMode.QUARANTINE);
    assertThat(r.loaded()).isEqualTo(5);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(s.area(TradeServices.class).repositories().trades().count()).isEqualTo(before + 5);
    List<QuarantinedRow> q = s.tradeImports().quarantined(clerk(s), r.record().id());
    assertThat(q).hasSize(1);
    assertThat(q.get(0).line()).isEqualTo(3);
    assertThat(q.get(0).rawLine()).isEqualTo(bad);
    assertThat(q.get(0).problems())
        .contains("quantity: must be positive", "counterparty: 'NOBROKER'");
  }

  /**
   * Issue #10, defect 5: trades a file import loaded are covered by the digests in the import's
   * audit record, also once some of them were confirmed (their later versions audited one by one);
   * a row edited in the database is then named by its block and its import.
   */
  @Test
  void importedTradesVerifyAgainstTheirImportsDigestsUntilOneIsEditedInTheDatabase()
      throws IOException {
    AppServices s = services();
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s),
                write("digest.csv", validFile(s, 30, "DG")),
                ImportProfile.BUILT_IN,
                ImportMode.ALL_OR_NOTHING);
    long first = r.record().firstTradeId();
    s.trades().confirm(clerk(s), new TradeId(first + 2), "broker confirmed");
    Actor compliance = s.users().signIn("compliance", DemoUsers.PASSWORD.toCharArray());
    DataVerification clean = s.audit().verifyData(compliance);
    assertThat(clean.isIntact()).as(String.join("\n", clean.describe())).isTrue();

    workspace.dsl().execute("UPDATE trade SET fees = fees + 0.01 WHERE id = " + (first + 7));
    DataVerification edited = s.audit().verifyData(compliance);
    assertThat(edited.isIntact()).isFalse();
    assertThat(edited.checks().get(0).differences())
        .singleElement()
        .asString()
        .startsWith(
            "trades "
                + new TradeId(first).display()
                + " to "
                + new TradeId(first + 29).display()
                + " (import "
                + r.record().id()
                + " of digest.csv, audit record ")
        .endsWith("are not as loaded: one or more was changed behind the application's back");
  }

  @Test
  void reImportingTheSameFileIsRefusedWithTheEarlierDateAndUser() throws IOException {
    AppServices s = services();
    Path f = write("again.csv", validFile(s, 3, "A"));
    ImportResult first =
        s.tradeImports().importFile(clerk(s), f, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    int after = s.area(TradeServices.class).repositories().trades().count();
    Path copy = Files.copy(f, tmp.resolve("renamed.csv"));
    assertThatThrownBy(
            () ->
                s.tradeImports()
                    .importFile(clerk(s), copy, ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("already imported on " + first.record().importedAt())
        .hasMessageContaining("by clerk")
        .hasMessageContaining("as again.csv");
    assertThat(s.area(TradeServices.class).repositories().trades().count()).isEqualTo(after);
  }

  @Test
  void duplicateExecIdsWithinTheFileAndAgainstStoredTradesAreCaught() throws IOException {
    AppServices s = services();
    List<String> lines = validFile(s, 4, "D");
    s.tradeImports()
        .importFile(
            clerk(s),
            write("d1.csv", lines.subList(0, 2)),
            ImportProfile.BUILT_IN,
            ImportMode.ALL_OR_NOTHING);
    List<String> second = new ArrayList<>(lines);
    second.set(4, withCell(second.get(4), EXEC_ID, "D-3"));
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s),
                write("d2.csv", second),
                ImportProfile.BUILT_IN,
                ImportMode.ALL_OR_NOTHING);
    assertThat(described(r))
        .containsExactly(
            "d2.csv:2: exec_id: 'D-1' is already stored (a trade with this execution id exists)",
            "d2.csv:5: exec_id: 'D-3' is also on line 4 of this file");
  }

  @Test
  void aProfileWithSemicolonsAndDecimalCommasMapsABrokersLayout() throws IOException {
    AppServices s = services();
    Actor clerk = clerk(s);
    s.tradeImports()
        .saveProfile(
            clerk,
            "broker-de",
            String.join(
                "\n",
                "delimiter=;",
                "header=true",
                "decimal.separator=,",
                "date.pattern=dd.MM.yyyy",
                "time.pattern=dd.MM.yyyy HH:mm:ss",
                "side.BUY=K,KAUF",
                "side.SELL=V,VERKAUF",
                "column.exec_id=Ausführung",
                "column.order_id=Auftrag",
                "column.book=Buch",
                "column.isin=ISIN",
                "column.side=Richtung",
                "column.quantity=Stück",
                "column.price=Kurs",
                "column.commission=Provision",
                "column.trade_date=Handelstag",
                "column.execution_time=Zeit",
                "column.counterparty=Broker"));
    String[] valid = validFile(s, 1, "X").get(1).split(",", -1);
    String price = valid[PRICE].replace('.', ',');
    LocalDate date = LocalDate.parse(valid[TRADE_DATE]);
    String day =
        String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    Path f =
        write(
            "de.csv",
            List.of(
                "Ausführung;Auftrag;Buch;ISIN;Richtung;Stück;Kurs;Provision;Handelstag;Zeit;Broker",
                "DE-1;A1;"
                    + valid[3]
                    + ";"
                    + valid[5]
                    + ";K;150;"
                    + price
                    + ";2,50;"
                    + day
                    + ";"
                    + day
                    + " 14:05:00;"
                    + valid[14]));
    ImportResult r = s.tradeImports().importFile(clerk, f, "broker-de", ImportMode.ALL_OR_NOTHING);
    assertThat(described(r)).isEmpty();
    Trade t =
        s.area(TradeServices.class)
            .repositories()
            .trades()
            .find(new TradeId(r.record().firstTradeId()))
            .orElseThrow();
    assertThat(t.execId()).isEqualTo("DE-1");
    assertThat(t.quantity()).isEqualByComparingTo("150");
    assertThat(t.price()).isEqualByComparingTo(valid[PRICE]);
    assertThat(t.commission()).isEqualByComparingTo("2.50");
    assertThat(t.tradeDate()).isEqualTo(date);
    assertThat(t.executionTime()).isEqualTo(date.atTime(14, 5).toInstant(ZoneOffset.UTC));
  }

  @Test
  void aBrokersOwnProfileNamesTheBrokerTheFileLeavesOut() throws IOException {
    AppServices s = services();
    Actor clerk = clerk(s);
    String[] valid = validFile(s, 2, "BR").get(1).split(",", -1);
    String broker = valid[COUNTERPARTY];
    String other =
        s.repositories().referenceData().counterparties().stream()
            .filter(c -> c.role() == CounterpartyRole.BROKER && !c.code().equals(broker))
            .findFirst()
            .orElseThrow()
            .code();
    String custodian =
        s.repositories().referenceData().counterparties().stream()
            .filter(c -> c.role() == CounterpartyRole.CUSTODIAN)
            .findFirst()
            .orElseThrow()
            .code();
    String layout =
        String.join(
            "\n",
            "column.exec_id=Fill",
            "column.book=Book",
            "column.symbol=Symbol",
            "column.side=Side",
            "column.quantity=Qty",
            "column.price=Price",
            "column.trade_date=Date",
            "column.execution_time=Time");
    assertThatThrownBy(() -> s.tradeImports().saveProfile(clerk, "nobroker", layout))
        .hasMessageContaining("column.counterparty is required (or name the broker: broker=CODE)");
    assertThatThrownBy(
            () -> s.tradeImports().saveProfile(clerk, "ghost", layout + "\nbroker=GHOST"))
        .hasMessage(
            "Import profile 'ghost': broker 'GHOST' is not a counterparty in the reference data.");
    assertThatThrownBy(
            () -> s.tradeImports().saveProfile(clerk, "custody", layout + "\nbroker=" + custodian))
        .hasMessage("Import profile 'custody': " + custodian + " is a custodian, not a broker.");
    s.tradeImports()
        .saveProfile(clerk, "own", layout + "\nbroker=" + broker.toLowerCase(Locale.ROOT));
    assertThat(s.tradeImports().profile(clerk, "own").broker()).isEqualTo(broker);

    String row =
        valid[3]
            + ","
            + valid[4]
            + ","
            + valid[6]
            + ",10,"
            + valid[PRICE]
            + ","
            + valid[TRADE_DATE]
            + ","
            + valid[13];
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk,
                write(
                    "own.csv",
                    List.of(
                        "Fill,Book,Symbol,Side,Qty,Price,Date,Time",
                        "OWN-1," + row,
                        "OWN-2," + row)),
                "own",
                ImportMode.ALL_OR_NOTHING);
    assertThat(described(r)).isEmpty();
    long brokerId =
        s.repositories().referenceData().counterparties().stream()
            .filter(c -> c.code().equals(broker))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    assertThat(List.of(r.record().firstTradeId(), r.record().lastTradeId()))
        .allSatisfy(
            id ->
                assertThat(
                        s.area(TradeServices.class)
                            .repositories()
                            .trades()
                            .find(new TradeId(id))
                            .orElseThrow()
                            .counterpartyId()
                            .value())
                    .isEqualTo(brokerId));

    // mapped anyway, the column must agree with the profile
    s.tradeImports()
        .saveProfile(clerk, "own", layout + "\ncolumn.counterparty=Broker\nbroker=" + broker);
    ImportResult mixed =
        s.tradeImports()
            .importFile(
                clerk,
                write(
                    "mixed.csv",
                    List.of(
                        "Fill,Book,Symbol,Side,Qty,Price,Date,Time,Broker",
                        "MX-1," + row + "," + broker,
                        "MX-2," + row + "," + other)),
                "own",
                ImportMode.ALL_OR_NOTHING);
    assertThat(described(mixed))
        .containsExactly(
            "mixed.csv:3: counterparty: '"
                + other
                + "', but profile own is for "
                + broker
                + "'s files");
  }

  @Test
  void theImportIsInTheAuditTrailWithItsFileHashAndCounts() throws IOException {
    AppServices s = services();
    List<String> lines = validFile(s, 4, "AU");
    lines.set(1, withCell(lines.get(1), QUANTITY, "0"));
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("au.csv", lines), ImportProfile.BUILT_IN, ImportMode.QUARANTINE);
    Actor admin = s.users().signIn("admin", DemoUsers.PASSWORD.toCharArray());
    List<AuditRecord> events =
        s.audit().search(admin, AuditFilter.all()).stream()
            .filter(
                a ->
                    a.event().action() == AuditAction.IMPORT
                        && a.event().entityType().equals(TradeImportService.ENTITY))
            .toList();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).event().actor()).isEqualTo("clerk");
    assertThat(events.get(0).event().after())
        .contains(
            "\"file\":\"au.csv\"",
            "\"sha256\":\"" + r.sha256() + "\"",
            "\"rowsLoaded\":3",
            "\"rowsQuarantined\":1");
  }

  @Test
  void theCliPrintsEveryProblemAsFileLineFieldAndExitsOne() throws IOException {
    Path ws = copyOfDemo();
    List<String> lines;
    try (Workspace w = Workspace.open(ws)) {
      Path f = tmp.resolve("cli-valid.csv");
      SampleTradeFile.write(Repositories.of(w), BUSINESS_DATE, f, 60, "CLI");
      lines = new ArrayList<>(Files.readAllLines(f));
    }
    for (int i = 1; i <= 55; i++) {
      lines.set(i, withCell(lines.get(i), QUANTITY, "-" + i));
    }
    Path file = write("broker.csv", lines);
    Run r =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            file.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            file + ":2: quantity: must be positive, not -1",
            file + ":51: quantity: must be positive, not -50",
            "... and 5 more",
            "55 problems in 60 rows; nothing was written",
            "broker.csv.problems.csv");
    assertThat(r.err()).doesNotContain(file + ":52:");
    List<String> report = Files.readAllLines(tmp.resolve("broker.csv.problems.csv"));
    assertThat(report).hasSize(56).first().isEqualTo("file,line,field,message");
    assertThat(report.get(55)).endsWith(",56,quantity,\"must be positive, not -55\"");

    Run trades =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            file.toString(),
            "--quarantine",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(trades.exitCode()).as(trades.err()).isZero();
    assertThat(trades.out()).contains("Imported 5 trades", "55 rows quarantined");
    Run listed =
        TickmarkCommandTest.run(
            AS_DEMO_USER, "import", "list", "--workspace", ws.toString(), "--user", "clerk");
    assertThat(listed.out()).contains("clerk", "5 loaded", "55 quarantined", "broker.csv");
    Run quarantined =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "quarantined",
            "1",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(quarantined.out())
        .contains("line 2: quantity: must be positive, not -1", lines.get(1));
    Run again =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            file.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("was already imported on", "by clerk");
  }

  @Test
  void theCliPreviewsWithoutWritingAndManagesProfiles() throws IOException {
    Path ws = copyOfDemo();
    Path file = tmp.resolve("preview.csv");
    int before;
    try (Workspace w = Workspace.open(ws)) {
      SampleTradeFile.write(Repositories.of(w), BUSINESS_DATE, file, 8, "PV");
      before = TradeRepositories.of(w).trades().count();
    }
    Run preview =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            file.toString(),
            "--preview",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(preview.exitCode()).as(preview.err()).isZero();
    assertThat(preview.out())
        .contains(
            "8 rows, 0 problems; nothing was written",
            "First rows as they would be stored:",
            "PV-1");
    try (Workspace w = Workspace.open(ws)) {
      assertThat(TradeRepositories.of(w).trades().count()).isEqualTo(before);
    }
    Path props = tmp.resolve("mine.properties");
    Files.writeString(props, "delimiter=;\ncolumn.exec_id=Id\n");
    Run refused =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "profile",
            "save",
            "mine",
            "--from",
            props.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("column.book is required", "map the instrument");
    Run shown =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "profile",
            "show",
            "tickmark",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    Files.writeString(props, shown.out().replace("delimiter=,", "delimiter=;"));
    Run saved =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "profile",
            "save",
            "mine",
            "--from",
            props.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(saved.exitCode()).as(saved.err()).isZero();
    Run list =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "profile",
            "list",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(list.out()).contains("mine", "delimiter ';'", "tickmark", "(built in)");
  }

  @Test
  void aHeaderWithoutAMappedColumnIsReportedOnLineOne() throws IOException {
    AppServices s = services();
    List<String> lines = validFile(s, 2, "H");
    lines.set(0, lines.get(0).replace("quantity", "qty"));
    ImportResult r =
        s.tradeImports()
            .importFile(
                clerk(s), write("h.csv", lines), ImportProfile.BUILT_IN, ImportMode.ALL_OR_NOTHING);
    assertThat(r.problems())
        .extracting(ImportProblem::line, ImportProblem::field)
        .containsExactly(Tuple.tuple(1, "quantity"));
    assertThat(r.written()).isFalse();
  }

  // ---- Excel workbooks

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static long leftoverTempFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("tickmark-import-")).count();
    }
  }

  @Test
  void anExcelWorkbookImportsLikeItsCsvAndIsRecordedUnderItsOwnNameAndHash() throws Exception {
    Path ws = copyOfDemo();
    Path csv = tmp.resolve("fills.csv");
    long max;
    try (Workspace w = Workspace.open(ws)) {
      SampleTradeFile.write(Repositories.of(w), BUSINESS_DATE, csv, 8, "XL");
      max = TradeRepositories.of(w).trades().maxId();
    }
    List<String> lines = Files.readAllLines(csv);
    Path book = TradeWorkbook.write(tmp.resolve("fills.xlsx"), "Fills", lines);
    long temps = leftoverTempFiles();

    Run r =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            book.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Imported 8 trades", "from " + book);
    assertThat(leftoverTempFiles()).as("the temporary CSV is deleted").isEqualTo(temps);
    try (Workspace w = Workspace.open(ws)) {
      var repos = TradeRepositories.of(w);
      for (int n = 1; n <= 8; n++) {
        String[] expected = lines.get(n).split(",", -1);
        Trade t = repos.trades().find(new TradeId(max + n)).orElseThrow();
        assertThat(t.execId()).isEqualTo(expected[EXEC_ID]);
        assertThat(t.quantity()).isEqualByComparingTo(expected[QUANTITY]);
        assertThat(t.price()).as("price of row %d", n + 1).isEqualByComparingTo(expected[PRICE]);
        assertThat(t.tradeDate()).isEqualTo(LocalDate.parse(expected[TRADE_DATE]));
        assertThat(t.executionTime()).isEqualTo(Instant.parse(expected[TRADE_DATE + 1]));
      }
    }
    Run listed =
        TickmarkCommandTest.run(
            AS_DEMO_USER, "import", "list", "--workspace", ws.toString(), "--user", "clerk");
    assertThat(listed.out()).contains("8 loaded", "fills.xlsx");
    try (Workspace w = Workspace.open(ws)) {
      AppServices s = AppServices.of(w, Clock.systemUTC());
      Actor admin = s.users().signIn("admin", DemoUsers.PASSWORD.toCharArray());
      assertThat(s.audit().search(admin, AuditFilter.all()))
          .filteredOn(
              a ->
                  a.event().action() == AuditAction.IMPORT
                      && a.event().entityType().equals(TradeImportService.ENTITY))
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.event().after())
                      .contains("\"file\":\"fills.xlsx\"", "\"sha256\":\"" + sha256(book) + "\""));
    }

    Run again =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            book.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .contains(
            "fills.xlsx was already imported on",
            "by clerk",
            "as fills.xlsx",
            "nothing was written");
    Path renamed = Files.copy(book, tmp.resolve("fills-copy.xlsx"));
    Run copy =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            renamed.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(copy.err())
        .as("the same workbook under another name")
        .contains("fills-copy.xlsx was already imported on", "as fills.xlsx");
  }

  @Test
  void aWorkbookWithABadRowWritesNothingAndNamesTheWorkbookItsRowAndTheField() throws IOException {
    Path ws = copyOfDemo();
    Path csv = tmp.resolve("bad.csv");
    int before;
    try (Workspace w = Workspace.open(ws)) {
      SampleTradeFile.write(Repositories.of(w), BUSINESS_DATE, csv, 10, "XB");
      before = TradeRepositories.of(w).trades().count();
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    lines.add(3, ""); // an empty row 4: the rows after it keep their Excel row numbers
    lines.set(8, withCell(lines.get(8), QUANTITY, "0"));
    lines.set(10, withCell(lines.get(10), TRADE_DATE, "20.11.2025"));
    Path book = TradeWorkbook.write(tmp.resolve("bad.xlsx"), "Trades", lines);

    Run r =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            book.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            book + ":9: quantity: must be positive, not 0",
            book + ":11: trade_date: '20.11.2025' is not a date in the pattern yyyy-MM-dd",
            "2 problems in 10 rows; nothing was written");
    assertThat(Files.readAllLines(tmp.resolve("bad.xlsx.problems.csv")))
        .contains(book + ",9,quantity,\"must be positive, not 0\"");
    try (Workspace w = Workspace.open(ws)) {
      assertThat(TradeRepositories.of(w).trades().count()).isEqualTo(before);
    }
    Run listed =
        TickmarkCommandTest.run(
            AS_DEMO_USER, "import", "list", "--workspace", ws.toString(), "--user", "clerk");
    assertThat(listed.out()).doesNotContain("bad.xlsx");
  }

  @Test
  void aSheetIsChosenByNameAndAFileThatIsNotAWorkbookIsRefusedByName() throws IOException {
    Path ws = copyOfDemo();
    Path csv = tmp.resolve("sheets.csv");
    try (Workspace w = Workspace.open(ws)) {
      SampleTradeFile.write(Repositories.of(w), BUSINESS_DATE, csv, 3, "XS");
    }
    Path book =
        TradeWorkbook.write(tmp.resolve("sheets.xlsx"), "Fills", Files.readAllLines(csv), "Cover");
    Run missing =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            book.toString(),
            "--sheet",
            "Executions",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err())
        .contains(
            "sheets.xlsx has no sheet 'Executions'; its sheets are Cover, Fills. Nothing was"
                + " written.");
    Run first =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            book.toString(),
            "--preview",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(first.err())
        .as("the first sheet is read by default")
        .contains(book + ":1: book: the header has no column 'book'");
    Run fills =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            book.toString(),
            "--sheet",
            "fills",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(fills.exitCode()).as(fills.err()).isZero();
    assertThat(fills.out()).contains("Imported 3 trades");

    Path fake = Files.write(tmp.resolve("fake.xlsx"), Files.readAllBytes(csv));
    Run refused =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            fake.toString(),
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .startsWith("tickmark: fake.xlsx is not an Excel workbook that Tickmark can read")
        .contains("Nothing was written.")
        .doesNotContain("internal error");
    Run csvWithSheet =
        TickmarkCommandTest.run(
            AS_DEMO_USER,
            "import",
            "trades",
            csv.toString(),
            "--sheet",
            "Fills",
            "--workspace",
            ws.toString(),
            "--user",
            "clerk");
    assertThat(csvWithSheet.exitCode()).isEqualTo(1);
    assertThat(csvWithSheet.err())
        .contains("sheets.csv is not an Excel workbook, so it has no sheet 'Fills'")
        .doesNotContain("internal error");
    Run listed =
        TickmarkCommandTest.run(
            AS_DEMO_USER, "import", "list", "--workspace", ws.toString(), "--user", "clerk");
    assertThat(listed.out().lines().count()).as("only the import of the Fills sheet").isEqualTo(1);
  }
}
