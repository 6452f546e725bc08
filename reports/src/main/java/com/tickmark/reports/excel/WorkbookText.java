package com.tickmark.reports.excel;

import com.tickmark.model.trade.imports.ImportMonitor;
import com.tickmark.model.trade.imports.MonitoredInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an Excel workbook as delimited text, the way a CSV export of the sheet reads: one
 * line per row, row 1 on line 1 (an empty row is an empty line, so line numbers are row numbers),
 * every row as wide as the widest row before it. Cells give their values, not their display: a
 * number as a plain decimal without grouping or exponent, rounded to Excel's 15 significant digits
 * (0.1 is {@code 0.1}, not its binary neighbour); a date cell in the layout's date pattern, or its
 * date-time pattern when it has a time of day; text as it is, with line breaks turned into spaces
 * (a line is a row); a formula its cached result; {@code TRUE}/{@code FALSE}; an error as Excel
 * shows it ({@code #DIV/0!}). A value holding the delimiter or a double quote is quoted (a quote
 * inside is doubled).
 *
 * <p>An .xlsx (.xlsm) sheet is streamed (SAX over the sheet's XML), so the rows never sit in memory
 * together; only the workbook's shared strings do. An .xls workbook (at most 65,536 rows a sheet)
 * is read whole. A file that is not a workbook Tickmark can read, or is protected with a password,
 * or lacks the sheet asked for, gives a {@link WorkbookException} naming the file.
 */
public final class WorkbookText {
  /** Excel keeps and shows 15 significant digits; the rest of a double is binary noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  private static final int CHECK_EVERY = 1_024;

  /**
   * {@code 2025-11-20T14:31:05Z}, with a fraction when there is one ({@code .123}): an Excel time
   * read as UTC.
   */
  public static final DateTimeFormatter ISO_UTC =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendLiteral('Z')
          .toFormatter(Locale.ROOT);

  /**
   * How cells become text.
   *
   * @param delimiter between the cells of a row
   * @param decimalSeparator in numbers ({@code .} or {@code ,})
   * @param dates for date cells without a time of day
   * @param dateTimes for date cells with a time of day
   */
  public record Layout(
      char delimiter, char decimalSeparator, DateTimeFormatter dates, DateTimeFormatter dateTimes) {
    public Layout {
      Objects.requireNonNull(dates, "dates");
      Objects.requireNonNull(dateTimes, "dateTimes");
      if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
        throw new IllegalArgumentException("'" + delimiter + "' cannot separate cells");
      }
    }

    /** Commas, decimal points, ISO dates ({@code 2025-11-20}) and ISO UTC times. */
    public static Layout csv() {
      return new Layout(',', '.', DateTimeFormatter.ISO_LOCAL_DATE, ISO_UTC);
    }
  }

  /** What was converted: the sheet read and the lines written (the last row's number). */
  public record Converted(String sheet, int lines) {}

  private WorkbookText() {}

  /**
   * Whether {@code file} is to be read as a workbook: its name ends in .xlsx, .xlsm or .xls, or its
   * first bytes are a ZIP or OLE2 container (the two shapes of an Excel file). Such a file that is
   * not a readable workbook is refused by {@link #write} with a message, not read as text.
   */
  public static boolean isWorkbook(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return true;
    }
    try {
      FileMagic magic = FileMagic.valueOf(file.toFile());
      return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
    } catch (IOException | RuntimeException e) {
      return false; // not readable here: the text reader reports it
    }
  }

  /**
   * Writes the sheet named {@code sheet} (any case; {@code null}: the first sheet) of {@code
   * workbook} to {@code out}, one line per row ending in {@code \n}.
   *
   * @throws WorkbookException the file is not a workbook that can be read, is protected with a
   *     password, or has no such sheet (the message names the file and says what to do)
   * @throws CancellationException {@code monitor} asked to stop
   */
  public static Converted write(
      Path workbook, String sheet, Layout layout, Writer out, ImportMonitor monitor)
      throws IOException {
    Lines lines = new Lines(out, layout.delimiter(), false);
    String read = read(workbook, sheet, new Cells(layout), lines, monitor);
    return new Converted(read, lines.written);
  }

  /** The first row that is not empty, as {@link #write} writes it; "" when the sheet is empty. */
  public static String firstRow(Path workbook, String sheet, Layout layout) throws IOException {
    StringWriter text = new StringWriter();
    try {
      read(
          workbook,
          sheet,
          new Cells(layout),
          new Lines(text, layout.delimiter(), true),
          ImportMonitor.NONE);
    } catch (Lines.Enough e) {
      // the first row with a value is written
    }
    return text.toString().strip();
  }

  private static String read(
      Path file, String sheet, Cells cells, Lines lines, ImportMonitor monitor) throws IOException {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new WorkbookException("There is no file " + file + ".");
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(file.toFile());
    } catch (RuntimeException e) {
      throw notAWorkbook(name, e); // an empty file, say
    }
    return switch (magic) {
      case OOXML -> readXlsx(file, sheet, cells, lines, monitor);
      case OLE2 -> readXls(file, sheet, cells, lines, monitor);
      case BIFF2, BIFF3, BIFF4 ->
          throw new WorkbookException(
              name
                  + " is in an Excel 2.x–4.0 format, which Tickmark does not read."
                  + " Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.");
      case HTML, XML ->
          throw new WorkbookException(
              name
                  + " is not an Excel workbook but "
                  + (magic == FileMagic.HTML ? "a web page" : "XML")
                  + " with a workbook's name (some systems export that way). Open it in Excel and"
                  + " save it as an Excel workbook (.xlsx) or as CSV.");
      default -> throw notAWorkbook(name, null);
    };
  }

  private static WorkbookException notAWorkbook(String name, Exception cause) {
    String detail =
        cause == null || cause.getMessage() == null
            ? ""
            : " (" + cause.getMessage().lines().findFirst().orElse("") + ")";
    return new WorkbookException(
        name
            + " is not an Excel workbook that Tickmark can read"
            + detail
            + ". Choose an .xlsx, .xls or CSV file, or open it in Excel and save it as .xlsx or"
            + " CSV.",
        cause);
  }

  private static WorkbookException encrypted(String name) {
    return new WorkbookException(
        name
            + " is protected with a password, so it cannot be read. Open it in Excel, remove the"
            + " password (File → Info → Protect Workbook → Encrypt with Password) and save it, or"
            + " save the sheet as CSV.");
  }

  private static WorkbookException noSuchSheet(String name, String sheet, List<String> names) {
    return names.isEmpty()
        ? new WorkbookException(name + " has no worksheet.")
        : new WorkbookException(
            name
                + " has no sheet '"
                + sheet
                + "'; its sheets are "
                + String.join(", ", names)
                + ".");
  }

  // ---- .xlsx: streamed

  private static String readXlsx(
      Path file, String wanted, Cells cells, Lines lines, ImportMonitor monitor)
      throws IOException {
    String name = file.getFileName().toString();
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (OpenXML4JException | RuntimeException e) {
      throw notAWorkbook(name, e);
    }
    try {
      XSSFReader reader;
      ReadOnlySharedStringsTable strings;
      StylesTable styles;
      XSSFReader.SheetIterator sheets;
      try {
        reader = new XSSFReader(pkg);
        strings = new ReadOnlySharedStringsTable(pkg, false);
        styles = reader.getStylesTable();
        cells.date1904 = date1904(reader);
        sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      } catch (OpenXML4JException | SAXException | RuntimeException e) {
        throw notAWorkbook(name, e);
      }
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          String sheetName = sheets.getSheetName();
          names.add(sheetName);
          if (wanted == null || wanted.equalsIgnoreCase(sheetName)) {
            long size = Math.max(0, sheets.getSheetPart().getSize());
            parseSheet(
                name,
                new MonitoredInputStream(in, size, monitor),
                styles,
                strings,
                cells,
                lines,
                monitor);
            lines.finish();
            return sheetName;
          }
        }
      }
      throw noSuchSheet(name, wanted, names);
    } finally {
      pkg.revert(); // opened read-only: nothing to save
    }
  }

  private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
    try (InputStream in = reader.getWorkbookData()) {
      var pr = WorkbookDocument.Factory.parse(in).getWorkbook().getWorkbookPr();
      return pr != null && pr.isSetDate1904() && pr.getDate1904();
    } catch (org.apache.xmlbeans.XmlException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void parseSheet(
      String name,
      InputStream in,
      StylesTable styles,
      ReadOnlySharedStringsTable strings,
      Cells cells,
      Lines lines,
      ImportMonitor monitor)
      throws IOException {
    RowCollector rows = new RowCollector(lines, monitor);
    try {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(styles, null, strings, rows, new Values(cells), false));
      parser.parse(new InputSource(in));
    } catch (SAXException | ParserConfigurationException e) {
      throw notAWorkbook(name, e);
    } catch (Lines.Failed e) {
      throw e.getCause();
    }
  }

  /**
   * Number cells (and formula results) through {@link Cells#number}, not through their display
   * format.
   */
  private static final class Values extends DataFormatter {
    private final Cells cells;

    Values(Cells cells) {
      super(Locale.ROOT);
      this.cells = cells;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return cells.number(value, formatIndex, formatString);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      return cells.number(value, formatIndex, formatString);
    }
  }

  /** Gathers a row's cells by column (cells may be missing) and hands the row on. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Lines lines;
    private final ImportMonitor monitor;
    private final List<String> row = new ArrayList<>();
    private int column;

    RowCollector(Lines lines, ImportMonitor monitor) {
      this.lines = lines;
      this.monitor = monitor;
    }

    @Override
    public void startRow(int rowNum) {
      row.clear();
      column = -1;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      column = reference == null ? column + 1 : column(reference);
      if (value == null) {
        return;
      }
      if (value.startsWith("ERROR:#")) {
        value = value.substring("ERROR:".length()); // the handler's spelling of an error cell
      }
      put(row, column, value);
    }

    @Override
    public void endRow(int rowNum) {
      lines.row(rowNum, row);
      if (rowNum % CHECK_EVERY == 0 && monitor.isCancelled()) {
        throw new CancellationException("The workbook was not read to the end: cancelled.");
      }
    }

    /** The zero-based column of a reference such as {@code AB12}. */
    private static int column(String reference) {
      int c = 0;
      for (int i = 0; i < reference.length(); i++) {
        char ch = reference.charAt(i);
        if (ch < 'A' || ch > 'Z') {
          break;
        }
        c = c * 26 + (ch - 'A' + 1);
      }
      return c - 1;
    }
  }

  // ---- .xls: read whole (at most 65,536 rows a sheet)

  private static String readXls(
      Path file, String wanted, Cells cells, Lines lines, ImportMonitor monitor)
      throws IOException {
    String name = file.getFileName().toString();
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
        throw encrypted(
            name); // an .xlsx encrypted with a password is an OLE2 container holding the encrypted
        // package
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
        if (wb.getNumberOfSheets() == 0) {
          throw noSuchSheet(name, wanted, List.of());
        }
        Sheet sheet = wanted == null ? wb.getSheetAt(0) : sheet(wb, wanted);
        if (sheet == null) {
          List<String> names = new ArrayList<>();
          wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
          throw noSuchSheet(name, wanted, names);
        }
        cells.date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
        List<String> values = new ArrayList<>();
        int last = sheet.getLastRowNum();
        for (int r = 0; r <= last; r++) {
          values.clear();
          Row row = sheet.getRow(r);
          if (row != null) {
            for (Cell c : row) {
              String v = cells.text(c);
              if (!v.isEmpty()) {
                put(values, c.getColumnIndex(), v);
              }
            }
          }
          lines.row(r, values);
          if (r % CHECK_EVERY == 0) {
            if (monitor.isCancelled()) {
              throw new CancellationException("The workbook was not read to the end: cancelled.");
            }
            monitor.progress(r, last + 1L);
          }
        }
        lines.finish();
        return sheet.getSheetName();
      }
    } catch (EncryptedDocumentException e) {
      throw encrypted(name);
    } catch (OldExcelFormatException e) {
      throw new WorkbookException(
          name
              + " is in an Excel 5.0/95 format, which Tickmark does not read. Open it in Excel and"
              + " save it as an Excel workbook (.xlsx) or as CSV.",
          e);
    } catch (Lines.Failed e) {
      throw e.getCause();
    } catch (WorkbookException | CancellationException | Lines.Enough e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw notAWorkbook(name, e);
    }
  }

  private static Sheet sheet(HSSFWorkbook wb, String wanted) {
    for (Sheet s : wb) {
      if (s.getSheetName().equalsIgnoreCase(wanted)) {
        return s;
      }
    }
    return null;
  }

  private static void put(List<String> row, int column, String value) {
    while (row.size() <= column) {
      row.add(null);
    }
    row.set(column, value);
  }

  /** Cell values as text in the layout. */
  static final class Cells {
    private final Layout layout;
    boolean date1904;

    Cells(Layout layout) {
      this.layout = layout;
    }

    String text(Cell c) {
      CellType type =
          c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
      return switch (type) {
        case STRING -> c.getStringCellValue();
        case NUMERIC -> {
          CellStyle style = c.getCellStyle();
          yield number(c.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
        }
        case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
        case ERROR -> error(c.getErrorCellValue());
        default -> "";
      };
    }

    private static String error(byte code) {
      try {
        return FormulaError.forInt(code).getString();
      } catch (IllegalArgumentException e) {
        return "#ERROR";
      }
    }

    /**
     * A number cell: a date (or date-time) when its format is a date format, else a plain decimal.
     */
    String number(double value, int formatIndex, String formatString) {
      if (formatString != null
          && DateUtil.isADateFormat(formatIndex, formatString)
          && DateUtil.isValidExcelDate(value)) {
        LocalDateTime t = DateUtil.getLocalDateTime(value, date1904);
        if (t != null) {
          boolean timeOfDay = value != Math.floor(value) || hasTimeOfDay(formatString);
          return timeOfDay ? layout.dateTimes().format(t) : layout.dates().format(t.toLocalDate());
        }
      }
      return decimal(value, layout.decimalSeparator());
    }

    /** Whether a date format shows hours or seconds (outside quoted text and [...] sections). */
    static boolean hasTimeOfDay(String format) {
      boolean quoted = false;
      int bracket = 0;
      for (int i = 0; i < format.length(); i++) {
        char ch = format.charAt(i);
        if (ch == '"') {
          quoted = !quoted;
        } else if (!quoted && ch == '[') {
          bracket++;
        } else if (!quoted && ch == ']') {
          bracket = Math.max(0, bracket - 1);
        } else if (!quoted && bracket == 0 && ch == '\\') {
          i++;
        } else if (!quoted && bracket == 0 && (ch == 'h' || ch == 'H' || ch == 's' || ch == 'S')) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A double as the decimal Excel shows: 15 significant digits, no trailing zeros, no exponent, no
   * grouping ({@code 0.1}, {@code 1234567.891}, {@code 100}).
   */
  static String decimal(double value, char decimalSeparator) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "#NUM!";
    }
    BigDecimal d = new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    String s = d.signum() == 0 ? "0" : d.toPlainString();
    return decimalSeparator == '.' ? s : s.replace('.', decimalSeparator);
  }

  /** Rows written as lines; missing rows as empty lines, so line n is row n. */
  static final class Lines {
    /** Stops the read once the first row with a value is written. */
    static final class Enough extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Enough() {
        super(null, null, false, false);
      }
    }

    /** An I/O failure of the writer, carried through the XML parser. */
    static final class Failed extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Failed(IOException cause) {
        super(cause);
      }

      @Override
      public synchronized IOException getCause() {
        return (IOException) super.getCause();
      }
    }

    private final Writer out;
    private final char delimiter;
    private final boolean firstOnly;
    private final StringBuilder line = new StringBuilder(256);
    int written;
    private int width;

    Lines(Writer out, char delimiter, boolean firstOnly) {
      this.out = out;
      this.delimiter = delimiter;
      this.firstOnly = firstOnly;
    }

    /** Row {@code index} (zero-based) with its values by column (null or missing: empty). */
    void row(int index, List<String> values) {
      try {
        while (written < index) {
          out.write('\n');
          written++;
        }
        int last = values.size() - 1;
        while (last >= 0 && (values.get(last) == null || values.get(last).isEmpty())) {
          last--;
        }
        line.setLength(0);
        if (last >= 0) {
          width = Math.max(width, last + 1);
          for (int i = 0; i < width; i++) {
            if (i > 0) {
              line.append(delimiter);
            }
            String v = i < values.size() ? values.get(i) : null;
            if (v != null) {
              append(v);
            }
          }
        }
        out.append(line).append('\n');
        written++;
        if (firstOnly && last >= 0) {
          throw new Enough();
        }
      } catch (IOException e) {
        throw new Failed(e);
      }
    }

    private void append(String value) {
      String v =
          value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
              ? value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
              : value;
      if (v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0) {
        line.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        line.append(v);
      }
    }

    void finish() throws IOException {
      out.flush();
    }
  }
}
