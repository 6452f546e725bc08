package com.tickmark.model.recon.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BankStatementsTest {
  /**
   * Every sample file that is refused, with its first problem. Besides the three broken on purpose,
   * the anonymised samples of other parsers' authors whose balances do not add up are refused.
   */
  private static final Map<String, String> REFUSED =
      Map.ofEntries(
          Map.entry(
              "self-provided_invalid_statement.sta",
              "self-provided_invalid_statement.sta:1: file: has no MT940 statement"),
          Map.entry(
              "betterplace_empty_86.sta",
              "betterplace_empty_86.sta:1: :86: is outside a statement"),
          Map.entry(
              "betterplace_amount_formats.sta",
              "betterplace_amount_formats.sta:1: :60F: is outside a statement"),
          Map.entry(
              "self-provided_multiline.sta",
              "self-provided_multiline.sta:38: :61: is outside a statement (the statement above"
                  + " ended on line 37"),
          Map.entry(
              "self-provided_malformed_details.sta",
              "self-provided_malformed_details.sta:5: :61: '170914D233,15NMSC' has no reference"),
          Map.entry(
              "jejik_abnamro.sta",
              "jejik_abnamro.sta:27: :62F: closing balance 876.84 EUR is not opening 3,236.28 +"
                  + " movements -321.44 = 2,914.84"),
          Map.entry(
              "jejik_ing.sta",
              "jejik_ing.sta:26: :62F: closing balance 3.47 EUR is not opening 0.00 + movements"
                  + " -45.59 = -45.59"),
          Map.entry(
              "jejik_rabobank.sta",
              "jejik_rabobank.sta:11: :62F: closing balance 395.82 EUR is not opening 473.17 +"
                  + " movements -1,213.28 = -740.11"),
          Map.entry(
              "jejik_triodos.sta",
              "jejik_triodos.sta:12: :62F: closing balance 4,370.79 EUR is not opening 4,975.09"),
          Map.entry(
              "camt053.v2.wrong.xml",
              "camt053.v2.wrong.xml:9: Stmt: the file has no statement (Stmt)"),
          Map.entry(
              "camt053.v2.minimal.xml",
              "camt053.v2.minimal.xml:60: Bal CLBD: is in SEK, but the statement is in EUR"),
          Map.entry(
              "camt053.v8.xml",
              "camt053.v8.xml:80: Bal CLBD: is in SEK, but the statement is in EUR"),
          Map.entry(
              "camt053.v2.with-account-name.xml",
              "camt053.v2.with-account-name.xml:8: Bal: the statement has no opening balance"));

  @Test
  void everySampleFileParsesWithBalancesThatAddUpOrIsRefusedNamingTheLine() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(SharedSamples.dir())) {
      files =
          all.filter(p -> p.toString().endsWith(".sta") || p.toString().endsWith(".xml"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSize(16);
    int parsed = 0;
    for (Path f : files) {
      BankFile file = BankStatements.read(f);
      String name = f.getFileName().toString();
      if (REFUSED.containsKey(name)) {
        assertThat(file.refused()).as(name).isTrue();
        assertThat(file.describedProblems().get(0)).as(name).startsWith(REFUSED.get(name));
      } else {
        assertThat(file.describedProblems()).as(name).isEmpty();
        assertThat(file.statements()).as(name).isNotEmpty();
        for (BankStatement s : file.statements()) {
          assertThat(s.opening().amount().add(s.movements())).isEqualTo(s.closing().amount());
        }
        parsed++;
      }
    }
    assertThat(parsed).isEqualTo(files.size() - REFUSED.size()).isEqualTo(3);
  }

  @Test
  void readsSeveralPagedStatementsOfASepaFileWithReversals() {
    BankFile file =
        BankStatements.read(SharedSamples.dir().resolve("mt940/betterplace_sepa_mt9401.sta"));

    assertThat(file.format()).isEqualTo(BankFile.Format.MT940);
    assertThat(file.statements()).hasSize(26);
    BankStatement first = file.statements().get(0);
    assertThat(first.account()).isEqualTo("50880050/0194774600888");
    assertThat(first.accountLine()).isEqualTo(2);
    assertThat(first.numberAndSequence()).isEqualTo("00004/00001");
    assertThat(first.opening().amount()).isEqualByComparingTo("-1234718.36");
    assertThat(first.closing().amount()).isEqualByComparingTo("-1237628.23");
    StatementEntry reversal = first.entries().get(5);
    assertThat(reversal.mark()).isEqualTo("RC");
    assertThat(reversal.amount()).isEqualTo(new BigDecimal("-204.88"));
    BankStatement page2 = file.statements().get(7);
    assertThat(page2.numberAndSequence()).isEqualTo("00004/00002");
    assertThat(page2.opening().intermediate()).isTrue();
    assertThat(page2.opening().field()).isEqualTo(":60M");
    StatementEntry credit = file.statements().get(1).entries().get(0);
    assertThat(credit.endToEndId()).isEqualTo("EndToEndIdTFNR2000400001");
    assertThat(credit.counterpartyAccount()).isEqualTo("DE42100100100043921105");
    assertThat(credit.counterpartyName()).startsWith("Richter Renate");
    assertThat(credit.bankReference()).isEqualTo("0724710290621954");
    assertThat(credit.typeCode()).isEqualTo("NTRF");
  }

  @Test
  void readsSeveralCamtStatementsWithTheirEntries() {
    BankFile file =
        BankStatements.read(SharedSamples.dir().resolve("camt053/camt053.v2.multi.statement.xml"));

    assertThat(file.version()).isEqualTo("001.02");
    assertThat(file.statements())
        .extracting(BankStatement::number, s -> s.closing().amount(), s -> s.entries().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("12312", new BigDecimal("27.00"), 1),
            org.assertj.core.groups.Tuple.tuple(
                "254EURNL26VAYB8060476890", new BigDecimal("20.00"), 1));
    assertThat(file.statements()).extracting(BankStatement::accountLine).containsExactly(38, 117);
    StatementEntry debit = file.statements().get(1).entries().get(0);
    assertThat(debit.line()).isEqualTo(145);
    assertThat(debit.amount()).isEqualTo(new BigDecimal("-7.00"));
    assertThat(debit.endToEndId()).isEqualTo("000000002");
    assertThat(debit.counterpartyName()).isEqualTo("Company Name 2");
    assertThat(debit.bookingDate()).isEqualTo(LocalDate.of(2014, 12, 31));
    assertThat(debit.valueDate()).isEqualTo(LocalDate.of(2015, 1, 2));
    assertThat(debit.information()).isEqualTo("Transaction Description 2");
  }

  private static final String STATEMENT =
      """
      :20:REF1
      :25:NL91ABNA0417164300
      :28C:00041/001
      :60F:C250310EUR1000,00
      :61:2503110311D200,NTRFT00000123//B1
      :86:EREF+EX-1 SALE OF STOCK
      :61:2503110311C400,5NTRFNONREF//B2
      :86:/NAME/ACME BANK/IBAN/DE89370400440532013000/
      :62F:C250311EUR1200,50
      -
      """;

  private static BankFile mt940(String text) {
    return BankStatements.read("x.sta", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAnEnvelopedStatementAfterABankHeaderWithCommaAmounts() {
    BankFile file =
        mt940(
            "ABNANL2A\n940\n{1:F01ABNANL2AXXX0000000000}{2:O9401200250311ABNANL2AXXXX}{4:\n"
                + STATEMENT.replace("-\n", "-}{5:{CHK:123456789ABC}}\n"));

    assertThat(file.describedProblems()).isEmpty();
    BankStatement s = file.statements().get(0);
    assertThat(s.account()).isEqualTo("NL91ABNA0417164300");
    assertThat(s.number()).isEqualTo("00041");
    assertThat(s.sequence()).isEqualTo("001");
    assertThat(s.currency()).isEqualTo("EUR");
    assertThat(s.movements()).isEqualTo(new BigDecimal("200.50"));
    StatementEntry sale = s.entries().get(0);
    assertThat(sale.line()).isEqualTo(8);
    assertThat(sale.amount()).isEqualTo(new BigDecimal("-200.00"));
    assertThat(sale.customerReference()).isEqualTo("T00000123");
    assertThat(sale.endToEndId()).isEqualTo("EX-1");
    assertThat(sale.bookingDate()).isEqualTo(LocalDate.of(2025, 3, 11));
    StatementEntry credit = s.entries().get(1);
    assertThat(credit.customerReference()).isNull();
    assertThat(credit.counterpartyName()).isEqualTo("ACME BANK");
    assertThat(credit.counterpartyAccount()).isEqualTo("DE89370400440532013000");
  }

  @Test
  void joinsAMultiLineDetailsFieldDirectlyWhereTheBankWrappedAFullLine() {
    String full = "EREF+EX-9 " + "X".repeat(51); // 4 + 61 = 65 characters with ":86:"
    BankFile file =
        mt940(STATEMENT.replace(":86:EREF+EX-1 SALE OF STOCK", ":86:" + full + "\nYZ\nNEXT LINE"));

    assertThat(file.statements().get(0).entries().get(0).information())
        .isEqualTo(full + "YZ NEXT LINE");
  }

  @Test
  void refusesAClosingBalanceThatIsNotOpeningPlusMovements() {
    BankFile file = mt940(STATEMENT.replace(":62F:C250311EUR1200,50", ":62F:C250311EUR1234,56"));

    assertThat(file.statements()).isEmpty();
    assertThat(file.describedProblems())
        .containsExactly(
            "x.sta:9: :62F: closing balance 1,234.56 EUR is not opening 1,000.00 + movements"
                + " 200.50 = 1,200.50");
  }

  @Test
  void refusesABalanceInAnotherCurrency() {
    BankFile file = mt940(STATEMENT.replace(":62F:C250311EUR", ":62F:C250311USD"));

    assertThat(file.describedProblems())
        .containsExactly(
            "x.sta:9: :62F: is in USD, but the statement is in EUR (one currency per statement)");
  }

  @Test
  void refusesAnAmountWithADecimalPointOrMoreDecimalsThanTheCurrency() {
    assertThat(mt940(STATEMENT.replace("D200,N", "D200.00N")).describedProblems())
        .first()
        .isEqualTo("x.sta:5: :61: '200' is not an amount (digits with a decimal comma: 1234,56)");
    assertThat(mt940(STATEMENT.replace("EUR1000,00", "EUR1000,001")).describedProblems())
        .containsExactly("x.sta:4: :60F: 1000,001 has more decimals than EUR has (2)");
  }

  @Test
  void refusesAStatementWithoutItsRequiredFields() {
    assertThat(mt940(STATEMENT.replace(":28C:00041/001\n", "")).describedProblems())
        .containsExactly(
            "x.sta:3: :28C: is required here, in the statement that starts on line 1; found :60F:");
    assertThat(mt940(STATEMENT.replace(":62F:C250311EUR1200,50\n", "")).describedProblems())
        .containsExactly(
            "x.sta:8: :62F: the statement that starts on line 1 has no closing balance");
  }

  @Test
  void refusesAStatementOfTheSameAccountThatDoesNotOpenWithThePreviousClosing() {
    String second =
        STATEMENT
            .replace("00041/001", "00042/001")
            .replace(":60F:C250310EUR1000,00", ":60F:C250311EUR1200,00")
            .replace(":62F:C250311EUR1200,50", ":62F:C250312EUR1400,50");

    assertThat(mt940(STATEMENT + second).describedProblems())
        .containsExactly(
            "x.sta:14: :60F: opening balance 1,200.00 EUR of statement 00042/001 is not the"
                + " closing balance 1,200.50 EUR of the previous statement 00041/001 of account"
                + " NL91ABNA0417164300 (line 9)");
  }

  @Test
  void refusesAStatementOfTheSameAccountWhoseNumberDoesNotFollow() {
    String next =
        STATEMENT
            .replace(":60F:C250310EUR1000,00", ":60M:C250311EUR1200,50")
            .replace(":62F:C250311EUR1200,50", ":62F:C250311EUR1401,00");

    assertThat(mt940(STATEMENT + next.replace("00041/001", "00041/002")).describedProblems())
        .isEmpty();
    assertThat(mt940(STATEMENT + next.replace("00041/001", "00042/001")).describedProblems())
        .isEmpty();
    assertThat(mt940(STATEMENT + next.replace("00041/001", "00044/001")).describedProblems())
        .containsExactly(
            "x.sta:11: statement number: statement 00044/001 of account NL91ABNA0417164300 does"
                + " not follow statement 00041/001 (line 1)");
  }

  private static final String CAMT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.11">
        <BkToCstmrStmt>
          <Stmt>
            <Id>S1</Id>
            <ElctrncSeqNb>7</ElctrncSeqNb>
            <Acct><Id><IBAN>GB29NWBK60161331926819</IBAN></Id><Ccy>GBP</Ccy></Acct>
            <Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp><Amt Ccy="GBP">100.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-03-10</Dt></Dt></Bal>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="GBP">60.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-03-11</Dt></Dt></Bal>
            <Ntry>
              <Amt Ccy="GBP">40.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
              <BookgDt><Dt>2025-03-11</Dt></BookgDt><ValDt><Dt>2025-03-12</Dt></ValDt>
              <AcctSvcrRef>BANK-1</AcctSvcrRef>
              <NtryDtls><TxDtls><Refs><EndToEndId>EX-7</EndToEndId></Refs>
                <RltdPties><Cdtr><Pty><Nm>BROKER A</Nm></Pty></Cdtr></RltdPties>
                <RmtInf><Ustrd>FEES</Ustrd><Ustrd>MARCH</Ustrd></RmtInf></TxDtls></NtryDtls>
            </Ntry>
            <Ntry>
              <Amt Ccy="GBP">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
              <BookgDt><Dt>2025-03-11</Dt></BookgDt>
            </Ntry>
          </Stmt>
        </BkToCstmrStmt>
      </Document>
      """;

  private static BankFile camt(String text) {
    return BankStatements.read("x.xml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsACamtStatementOfAnyVersionLeavingPendingEntriesOut() {
    BankFile file = camt(CAMT);

    assertThat(file.describedProblems()).isEmpty();
    assertThat(file.version()).isEqualTo("001.11");
    BankStatement s = file.statements().get(0);
    assertThat(s.number()).isEqualTo("7");
    assertThat(s.opening().field()).isEqualTo("Bal PRCD");
    StatementEntry e = s.entries().get(0);
    assertThat(s.entries()).hasSize(1);
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.amount()).isEqualTo(new BigDecimal("-40.00"));
    assertThat(e.endToEndId()).isEqualTo("EX-7");
    assertThat(e.bankReference()).isEqualTo("BANK-1");
    assertThat(e.counterpartyName()).isEqualTo("BROKER A");
    assertThat(e.information()).isEqualTo("FEES MARCH");
  }

  @Test
  void refusesACamtStatementThatDoesNotAddUpOrMixesCurrencies() {
    assertThat(camt(CAMT.replace("60.00</Amt>", "61.00</Amt>")).describedProblems())
        .containsExactly(
            "x.xml:10: Bal CLBD: closing balance 61.00 GBP is not opening 100.00 + movements"
                + " -40.00 = 60.00");
    assertThat(camt(CAMT.replace("\"GBP\">40.00", "\"EUR\">40.00")).describedProblems())
        .containsExactly(
            "x.xml:13: Ntry Amt: is in EUR, but the statement is in GBP (one currency per"
                + " statement)");
  }

  @Test
  void refusesAnOlderOrForeignDocumentAndMalformedXml() {
    assertThat(camt(CAMT.replace("camt.053.001.11", "camt.052.001.08")).describedProblems())
        .singleElement()
        .asString()
        .startsWith("x.xml:2: Document: is not a camt.053 statement");
    assertThat(camt(CAMT.replace("</Stmt>", "</Stmnt>")).describedProblems())
        .singleElement()
        .asString()
        .isEqualTo(
            "x.xml:24: xml: is not well-formed XML: The element type \"Stmt\" must be terminated by"
                + " the matching end-tag \"</Stmt>\".");
  }
}
