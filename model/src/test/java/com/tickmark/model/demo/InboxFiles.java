package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.demo.inbox.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads inbox files back, independently of the writers, for the tests. */
final class InboxFiles {
  static final String CAMT_053_001_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
  private static final Pattern BALANCE =
      Pattern.compile("([CD])(\\d{6})([A-Z]{3})(\\d{1,12},\\d{0,2})");
  private static final Pattern LINE_61 =
      Pattern.compile(
          ":61:(\\d{6})(\\d{4})?(C|D|RC|RD)(\\d{1,12},\\d{0,2})([NFS][A-Z0-9]{3})([^/]{1,16})//(.{1,16})");

  private InboxFiles() {}

  /** Every file under the inbox, relative, with forward slashes, sorted. */
  static List<String> list(Path inbox) {
    try (Stream<Path> files = Files.walk(inbox)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> inbox.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV data line by column name, with its 1-based line number. */
  record CsvLine(int line, Map<String, String> values) {
    String get(String column) {
      assertThat(values).containsKey(column);
      return values.get(column);
    }
  }

  static List<CsvLine> csv(Path file) {
    List<Csv.Row> rows = Csv.parse(text(file));
    assertThat(rows).as("header of %s", file).isNotEmpty();
    List<String> header = rows.get(0).fields();
    List<CsvLine> out = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      assertThat(row.fields()).as("%s line %d", file, row.line()).hasSameSizeAs(header);
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.put(header.get(i), row.field(i));
      }
      out.add(new CsvLine(row.line(), values));
    }
    return out;
  }

  /** A balance: signed amount (debit negative), its date and currency. */
  record Balance(BigDecimal amount, LocalDate date, String currency) {}

  /** One booked entry of a statement, in either format. */
  record Entry(
      int line,
      BigDecimal amount,
      LocalDate valueDate,
      String ourReference,
      String endToEndId,
      String bankReference,
      String typeCode) {}

  record Statement(
      String file,
      String account,
      int number,
      Balance opening,
      Balance closing,
      List<Entry> entries) {
    BigDecimal sumOfEntries() {
      return entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * Parses an MT940 file holding one statement, strictly: every line must be a known tag, an :86:
   * continuation or '-'.
   */
  static Statement mt940(Path file) {
    List<String> lines = lines(file);
    String account = null;
    Integer number = null;
    Balance opening = null;
    Balance closing = null;
    List<Entry> entries = new ArrayList<>();
    boolean inDetails = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      int lineNo = i + 1;
      if (l.startsWith(":20:")) {
        assertThat(l.length() - 4).as("%s line %d :20: length", file, lineNo).isBetween(1, 16);
        inDetails = false;
      } else if (l.startsWith(":25:")) {
        account = l.substring(4);
        inDetails = false;
      } else if (l.startsWith(":28C:")) {
        number = Integer.parseInt(l.substring(5).split("/")[0]);
        inDetails = false;
      } else if (l.startsWith(":60F:")) {
        opening = balance(l.substring(5), file, lineNo);
        inDetails = false;
      } else if (l.startsWith(":61:")) {
        Matcher m = LINE_61.matcher(l);
        assertThat(m.matches())
            .as("%s line %d is a valid :61: field: %s", file, lineNo, l)
            .isTrue();
        BigDecimal amount = new BigDecimal(m.group(4).replace(',', '.'));
        if (m.group(3).endsWith("D")) {
          amount = amount.negate();
        }
        entries.add(
            new Entry(
                lineNo,
                amount,
                LocalDate.parse("20" + m.group(1), DateTimeFormatter.BASIC_ISO_DATE),
                m.group(6),
                "",
                m.group(7),
                m.group(5)));
        inDetails = false;
      } else if (l.startsWith(":86:")) {
        assertThat(l.length() - 4)
            .as("%s line %d :86: line length", file, lineNo)
            .isLessThanOrEqualTo(65);
        inDetails = true;
      } else if (l.startsWith(":62F:")) {
        closing = balance(l.substring(5), file, lineNo);
        inDetails = false;
      } else if (l.startsWith(":64:")) {
        assertThat(balance(l.substring(4), file, lineNo)).isEqualTo(closing);
        inDetails = false;
      } else if (l.equals("-")) {
        assertThat(i).as("'-' ends the file").isEqualTo(lines.size() - 1);
      } else {
        assertThat(inDetails)
            .as("%s line %d is an :86: continuation: %s", file, lineNo, l)
            .isTrue();
        assertThat(l.length()).isLessThanOrEqualTo(65);
      }
    }
    assertThat(account).as("%s has :25:", file).isNotNull();
    assertThat(number).as("%s has :28C:", file).isNotNull();
    assertThat(opening).as("%s has :60F:", file).isNotNull();
    assertThat(closing).as("%s has :62F:", file).isNotNull();
    return new Statement(file.getFileName().toString(), account, number, opening, closing, entries);
  }

  private static Balance balance(String text, Path file, int line) {
    Matcher m = BALANCE.matcher(text);
    assertThat(m.matches()).as("%s line %d is a balance: %s", file, line, text).isTrue();
    BigDecimal amount = new BigDecimal(m.group(4).replace(',', '.'));
    LocalDate date = LocalDate.parse("20" + m.group(2), DateTimeFormatter.BASIC_ISO_DATE);
    return new Balance(m.group(1).equals("D") ? amount.negate() : amount, date, m.group(3));
  }

  /**
   * Parses a camt.053 file with the JDK's namespace-aware parser; entries carry the line of their
   * {@code <Ntry>}.
   */
  static Statement camt053(Path file) {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      doc = factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
    }
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("Document");
    assertThat(root.getNamespaceURI()).isEqualTo(CAMT_053_001_08);
    Element stmt = only(only(root, "BkToCstmrStmt"), "Stmt");
    Element acctId = only(only(stmt, "Acct"), "Id");
    String account =
        children(acctId, "IBAN").isEmpty()
            ? text(only(only(acctId, "Othr"), "Id"))
            : text(only(acctId, "IBAN"));
    Balance opening = null;
    Balance closing = null;
    for (Element bal : children(stmt, "Bal")) {
      String code = text(only(only(only(bal, "Tp"), "CdOrPrtry"), "Cd"));
      Balance b =
          new Balance(
              signed(bal),
              LocalDate.parse(text(only(only(bal, "Dt"), "Dt"))),
              only(bal, "Amt").getAttribute("Ccy"));
      if (code.equals("OPBD")) {
        opening = b;
      } else if (code.equals("CLBD")) {
        closing = b;
      }
    }
    List<Integer> ntryLines = new ArrayList<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals("<Ntry>")) {
        ntryLines.add(i + 1);
      }
    }
    List<Element> ntries = children(stmt, "Ntry");
    assertThat(ntries).hasSameSizeAs(ntryLines);
    List<Entry> entries = new ArrayList<>();
    for (int k = 0; k < ntries.size(); k++) {
      Element n = ntries.get(k);
      assertThat(text(only(only(n, "Sts"), "Cd"))).isEqualTo("BOOK");
      Element refs = only(only(only(n, "NtryDtls"), "TxDtls"), "Refs");
      String instrId = children(refs, "InstrId").isEmpty() ? "NONREF" : text(only(refs, "InstrId"));
      entries.add(
          new Entry(
              ntryLines.get(k),
              signed(n),
              LocalDate.parse(text(only(only(n, "ValDt"), "Dt"))),
              instrId,
              text(only(refs, "EndToEndId")),
              text(only(n, "AcctSvcrRef")),
              text(only(only(only(n, "BkTxCd"), "Prtry"), "Cd"))));
    }
    String id = text(only(stmt, "Id"));
    assertThat(id).isNotBlank();
    return new Statement(
        file.getFileName().toString(),
        account,
        Integer.parseInt(text(only(stmt, "ElctrncSeqNb"))),
        opening,
        closing,
        entries);
  }

  private static BigDecimal signed(Element withAmount) {
    BigDecimal amount = new BigDecimal(text(only(withAmount, "Amt")));
    return text(only(withAmount, "CdtDbtInd")).equals("DBIT") ? amount.negate() : amount;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e
          && name.equals(e.getLocalName())
          && CAMT_053_001_08.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  static Element only(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
    return found.get(0);
  }

  static String text(Element e) {
    return e.getTextContent().trim();
  }

  static Statement statement(Path file) {
    return file.toString().endsWith(".sta") ? mt940(file) : camt053(file);
  }
}
