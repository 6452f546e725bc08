package com.tickmark.model.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an Excel workbook as rows of values: row n is line n (empty rows are skipped without
 * renumbering), every row as wide as the widest row before it. Cells give their values, not their
 * display: a number as an exact decimal rounded to Excel's 15 significant digits (0.1 is {@code
 * 0.1}, not its binary neighbour); a date cell as a {@code LocalDate}, or a {@code LocalDateTime}
 * when it has a time of day; text as it is, with line breaks turned into spaces; a formula its
 * cached result; {@code TRUE}/{@code FALSE}; an error as Excel shows it ({@code #DIV/0!}).
 *
 * <p>An .xlsx (.xlsm) sheet is streamed (SAX over the sheet's XML), so the rows never sit in memory
 * together; only the workbook's shared strings do. An .xls workbook (at most 65,536 rows a sheet)
 * is read whole. A file that is not a workbook Tickmark can read, or is protected with a password,
 * or lacks the sheet asked for, gives a {@link WorkbookException} naming the file.
 */
public final class WorkbookRows implements RowSource {
  /** Excel keeps and shows 15 significant digits; the rest of a double is binary noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  private static final int CHECK_EVERY = 1_024;

  private final Path file;
  private final String sheet;
  private final IntakeLayout layout;
  private final ImportMonitor monitor;

  /** The sheet named {@code sheet} (any case; null: the first) of {@code file}. */
  public WorkbookRows(Path file, String sheet, IntakeLayout layout, ImportMonitor monitor) {
    this.file = file;
    this.sheet = sheet;
    this.layout = layout;
    this.monitor = monitor;
  }

  @Override
  public void read(IntakeRow.Handler handler) throws IOException {
    try {
      read(file, sheet, new Cells(), new Rows(new IntakeRow(layout), handler), monitor);
    } catch (Rows.Passed e) {
      throw e.getCause();
    }
  }

  /** The first row that is not empty, as a line of {@code layout}; "" when the sheet is empty. */
  public static String firstRow(Path workbook, String sheet, IntakeLayout layout)
      throws IOException {
    String[] first = {""};
    try {
      read(
          workbook,
          sheet,
          new Cells(),
          new Rows(
              new IntakeRow(layout),
              r -> {
                first[0] = r.raw();
                throw new Rows.Enough();
              }),
          ImportMonitor.NONE);
    } catch (Rows.Enough e) {
      // the first row with a value is read
    }
    return first[0].strip();
  }

  /**
   * Whether {@code file} is to be read as a workbook: its name ends in .xlsx, .xlsm or .xls, or its
   * first bytes are a ZIP or OLE2 container (the two shapes of an Excel file). Such a file that is
   * not a readable workbook is refused by {@link #read} with a message, not read as text.
   */
  static boolean isWorkbook(Path file) {
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

  private static String read(
      Path file, String sheet, Cells cells, Rows lines, ImportMonitor monitor) throws IOException {
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
      Path file, String wanted, Cells cells, Rows lines, ImportMonitor monitor) throws IOException {
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
    } catch (XmlException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void parseSheet(
      String name,
      InputStream in,
      StylesTable styles,
      ReadOnlySharedStringsTable strings,
      Cells cells,
      Rows rows,
      ImportMonitor monitor)
      throws IOException {
    try {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              styles,
              null,
              strings,
              new RowCollector(rows, cells, monitor),
              new Values(cells),
              false));
      parser.parse(new InputSource(in));
    } catch (SAXException | ParserConfigurationException e) {
      throw notAWorkbook(name, e);
    }
  }

  /**
   * Number cells (and formula results) through {@link Cells#number}, not through their display
   * format: the value is kept for the row, its text returned to the XML handler.
   */
  private static final class Values extends DataFormatter {
    private final Cells cells;

    Values(Cells cells) {
      super(Locale.ROOT);
      this.cells = cells;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      cells.pending = cells.number(value, formatIndex, formatString);
      return String.valueOf(cells.pending);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      return formatRawCellContents(value, formatIndex, formatString);
    }
  }

  /** Gathers a row's cells by column (cells may be missing) and hands the row on. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Rows rows;
    private final Cells cells;
    private final ImportMonitor monitor;
    private final List<Object> row = new ArrayList<>();
    private int column;

    RowCollector(Rows rows, Cells cells, ImportMonitor monitor) {
      this.rows = rows;
      this.cells = cells;
      this.monitor = monitor;
    }

    @Override
    public void startRow(int rowNum) {
      row.clear();
      column = -1;
      cells.pending = null;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      column = reference == null ? column + 1 : column(reference);
      Object typed = cells.pending;
      cells.pending = null;
      if (typed != null) {
        put(row, column, typed);
        return;
      }
      if (value == null || value.isEmpty()) {
        return;
      }
      if (value.startsWith("ERROR:#")) {
        value = value.substring("ERROR:".length()); // the handler's spelling of an error cell
      }
      put(row, column, value);
    }

    @Override
    public void endRow(int rowNum) {
      rows.row(rowNum, row);
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
      Path file, String wanted, Cells cells, Rows lines, ImportMonitor monitor) throws IOException {
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
        List<Object> values = new ArrayList<>();
        int last = sheet.getLastRowNum();
        for (int r = 0; r <= last; r++) {
          values.clear();
          Row row = sheet.getRow(r);
          if (row != null) {
            for (Cell c : row) {
              Object v = cells.value(c);
              if (v != null) {
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
    } catch (WorkbookException | CancellationException | Rows.Enough | Rows.Passed e) {
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

  private static void put(List<Object> row, int column, Object value) {
    while (row.size() <= column) {
      row.add(null);
    }
    row.set(column, value);
  }

  /** Cell values: text, exact decimals, dates and date-times. */
  static final class Cells {
    boolean date1904;

    /** The value of the number cell the XML handler formatted last, for its row. */
    Object pending;

    Object value(Cell c) {
      CellType type =
          c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
      return switch (type) {
        case STRING -> c.getStringCellValue().isEmpty() ? null : c.getStringCellValue();
        case NUMERIC -> {
          CellStyle style = c.getCellStyle();
          yield number(c.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
        }
        case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
        case ERROR -> error(c.getErrorCellValue());
        default -> null;
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
    Object number(double value, int formatIndex, String formatString) {
      if (formatString != null
          && DateUtil.isADateFormat(formatIndex, formatString)
          && DateUtil.isValidExcelDate(value)) {
        LocalDateTime t = DateUtil.getLocalDateTime(value, date1904);
        if (t != null) {
          boolean timeOfDay = value != Math.floor(value) || hasTimeOfDay(formatString);
          return timeOfDay ? t : t.toLocalDate();
        }
      }
      return decimal(value);
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
   * A double as the decimal Excel shows: 15 significant digits, no trailing zeros ({@code 0.1},
   * {@code 1234567.891}, {@code 100}); NaN and infinities as Excel's {@code #NUM!}.
   */
  static Object decimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "#NUM!";
    }
    BigDecimal d = new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).stripTrailingZeros();
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** Hands each row with a value on as an {@link IntakeRow}, as wide as the widest before it. */
  static final class Rows {
    /** Stops the read once enough rows are read. */
    static final class Enough extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Enough() {
        super(null, null, false, false);
      }
    }

    /** A failure of the handler, carried past the reader's handling of unreadable files. */
    static final class Passed extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Passed(RuntimeException cause) {
        super(cause);
      }

      @Override
      public synchronized RuntimeException getCause() {
        return (RuntimeException) super.getCause();
      }
    }

    private final IntakeRow row;
    private final IntakeRow.Handler handler;
    private int width;

    Rows(IntakeRow row, IntakeRow.Handler handler) {
      this.row = row;
      this.handler = handler;
    }

    /** Row {@code index} (zero-based) with its values by column (null: empty). */
    void row(int index, List<Object> values) {
      int last = values.size() - 1;
      while (last >= 0 && values.get(last) == null) {
        last--;
      }
      if (last < 0) {
        return; // an empty row, as a blank line of a CSV file
      }
      width = Math.max(width, last + 1);
      row.reset(index + 1);
      for (int i = last; i >= 0; i--) {
        Object v = values.get(i);
        if (v instanceof String s && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
          v = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        }
        row.set(i, v);
      }
      row.widen(width);
      try {
        handler.row(row);
      } catch (Enough e) {
        throw e;
      } catch (RuntimeException e) {
        throw new Passed(e); // through the reader's own handling of failures, to the caller
      }
    }
  }
}
