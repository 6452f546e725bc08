package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.cli.TickmarkCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCheckCommandTest {
  private static final String TWO_PAGES =
      """
      ABNANL2A
      940
      :20:REF1
      :25:NL91ABNA0417164300
      :28C:41/1
      :60F:C250310EUR1000,00
      :61:2503110311D200,NTRFT00000123//B1
      :86:EREF+EX-1 SALE
      :62M:C250311EUR800,00
      -
      :20:REF2
      :25:NL91ABNA0417164300
      :28C:41/2
      :60M:C250311EUR800,00
      :61:2503110311C0,5NTRFNONREF//B2
      :61:2503110311C1234,NTRFNONREF//B3
      :62F:C250311EUR2034,50
      -
      """;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void printsEachStatementWithItsBalancesAndEntries() throws IOException {
    Path sta = file("bank.sta", TWO_PAGES);

    Run r = TickmarkCommandTest.run("statement", "check", sta.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "ACCOUNT             CURRENCY  STATEMENT  OPENING_DATE  OPENING  CLOSING_DATE  CLOSING"
                + "  ENTRIES  ENTRIES_SUM",
            "NL91ABNA0417164300  EUR       41/1       2025-03-10    1000.00  2025-03-11     800.00"
                + "        1      -200.00",
            "NL91ABNA0417164300  EUR       41/2       2025-03-11     800.00  2025-03-11    2034.50"
                + "        2      1234.50");
  }

  @Test
  void printsCsvWithAHeaderRowAndPlainNumbers() throws IOException {
    Path sta = file("bank.sta", TWO_PAGES);

    Run r = TickmarkCommandTest.run("statement", "check", sta.toString(), "--format", "csv");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "account,currency,statement,opening_date,opening,closing_date,closing,entries,"
                + "entries_sum",
            "NL91ABNA0417164300,EUR,41/1,2025-03-10,1000.00,2025-03-11,800.00,1,-200.00",
            "NL91ABNA0417164300,EUR,41/2,2025-03-11,800.00,2025-03-11,2034.50,2,1234.50");
  }

  @Test
  void refusesAFileWhoseBalancesDoNotAddUpNamingTheLine() throws IOException {
    Path sta = file("bank.sta", TWO_PAGES.replace("EUR2034,50", "EUR2034,00"));

    Run r = TickmarkCommandTest.run("statement", "check", sta.toString());

    assertThat(r.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .containsExactly(
            sta
                + ":17: :62F: closing balance 2,034.00 EUR is not opening 800.00 + movements"
                + " 1,234.50 = 2,034.50",
            "tickmark: " + sta + " is refused: 1 problem.");
  }

  @Test
  void checksACamtFile() throws IOException {
    Path xml =
        file(
            "bank.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
              <BkToCstmrStmt><Stmt><Id>S1</Id><LglSeqNb>3</LglSeqNb>
                <Acct><Id><Othr><Id>12345</Id></Othr></Id></Acct>
                <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="JPY">1000</Amt>
                  <CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2025-03-10</Dt></Dt></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="JPY">500</Amt>
                  <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-03-11</Dt></Dt></Bal>
                <Ntry><Amt Ccy="JPY">1500</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2025-03-11</Dt></BookgDt></Ntry>
              </Stmt></BkToCstmrStmt>
            </Document>
            """);

    Run r = TickmarkCommandTest.run("statement", "check", xml.toString(), "--format", "csv");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "account,currency,statement,opening_date,opening,closing_date,closing,entries,"
                + "entries_sum",
            "12345,JPY,3,2025-03-10,-1000,2025-03-11,500,1,1500");
  }

  @Test
  void refusesAFileThatIsNotThere() {
    Run r = TickmarkCommandTest.run("statement", "check", dir.resolve("none.sta").toString());

    assertThat(r.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(r.err()).contains("There is no file").contains("none.sta");
  }
}
