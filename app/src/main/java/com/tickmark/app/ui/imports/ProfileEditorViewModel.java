package com.tickmark.app.ui.imports;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.imports.ImportField;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.model.trade.imports.TradeImportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Creates or edits a mapping profile for one broker's file layout: the file's header columns are
 * offered for each trade field (matched by name to start with), with the delimiter, decimal
 * separator, date and time patterns, side codes and, for a broker's own files, the broker. The
 * profile is checked as it is edited — by the model's own rules — and saved under its name (one per
 * broker, say {@code gsco}); saving is audited.
 */
public final class ProfileEditorViewModel {
  /** The delimiters offered; "tab" is a tab. */
  public static final List<String> DELIMITERS = List.of(",", ";", "tab", "|");

  /** One trade field and the file column it is read from ("" for none). */
  public static final class FieldMapping {
    private final ImportField field;
    private final StringProperty column = new SimpleStringProperty(this, "column", "");

    FieldMapping(ImportField field) {
      this.field = field;
    }

    public ImportField field() {
      return field;
    }

    public StringProperty columnProperty() {
      return column;
    }
  }

  private final TradeImportService imports;
  private final Actor actor;
  private final TaskExecutor executor;
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty delimiter = new SimpleStringProperty(this, "delimiter", ",");
  private final BooleanProperty header = new SimpleBooleanProperty(this, "header", true);
  private final StringProperty decimalSeparator =
      new SimpleStringProperty(this, "decimalSeparator", ".");
  private final StringProperty datePattern =
      new SimpleStringProperty(this, "datePattern", "yyyy-MM-dd");
  private final StringProperty timePattern =
      new SimpleStringProperty(this, "timePattern", ImportProfile.ISO);
  private final StringProperty buyCodes = new SimpleStringProperty(this, "buyCodes", "B,BUY");
  private final StringProperty sellCodes = new SimpleStringProperty(this, "sellCodes", "S,SELL");
  private final StringProperty broker = new SimpleStringProperty(this, "broker", "");
  private final StringProperty headerLine = new SimpleStringProperty(this, "headerLine", "");
  private final ObservableList<String> fileColumns = FXCollections.observableArrayList();
  private final ObservableList<FieldMapping> mappings =
      FXCollections.observableArrayList(m -> new Observable[] {m.columnProperty()});
  private final StringBinding problem;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final BooleanBinding canSave;

  public ProfileEditorViewModel(TradeImportService imports, Actor actor, TaskExecutor executor) {
    this.imports = Objects.requireNonNull(imports, "imports");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    for (ImportField f : ImportField.values()) {
      mappings.add(new FieldMapping(f));
    }
    headerLine.addListener((obs, old, now) -> splitColumns());
    delimiter.addListener((obs, old, now) -> splitColumns());
    problem =
        Bindings.createStringBinding(
            this::check,
            name,
            delimiter,
            header,
            decimalSeparator,
            datePattern,
            timePattern,
            buyCodes,
            sellCodes,
            broker,
            mappings);
    canSave =
        Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get(), problem, busy);
  }

  /**
   * Starts from {@code profile} (null for a new one) and the chosen file's first line (may be
   * empty).
   */
  public void start(ImportProfile profile, String fileHeaderLine) {
    if (profile != null) {
      name.set(ImportProfile.BUILT_IN.equals(profile.name()) ? "" : profile.name());
      delimiter.set(profile.delimiter() == '\t' ? "tab" : String.valueOf(profile.delimiter()));
      header.set(profile.header());
      decimalSeparator.set(String.valueOf(profile.decimalSeparator()));
      datePattern.set(profile.datePattern());
      timePattern.set(profile.timePattern());
      buyCodes.set(codes(profile, Side.BUY));
      sellCodes.set(codes(profile, Side.SELL));
      broker.set(profile.broker());
      mappings.forEach(m -> m.columnProperty().set(profile.columns().getOrDefault(m.field(), "")));
    } else if (fileHeaderLine != null && !fileHeaderLine.isBlank()) {
      delimiter.set(guessDelimiter(fileHeaderLine));
    }
    headerLine.set(fileHeaderLine == null ? "" : fileHeaderLine);
    splitColumns();
    if (profile == null) {
      matchByName();
    }
  }

  private static String codes(ImportProfile p, Side side) {
    return String.join(
        ",",
        p.sideCodes().entrySet().stream()
            .filter(e -> e.getValue() == side)
            .map(Map.Entry::getKey)
            .sorted()
            .toList());
  }

  /** The delimiter that splits the header into the most columns. */
  static String guessDelimiter(String line) {
    String best = ",";
    int most = 0;
    for (String d : DELIMITERS) {
      int n = ImportProfile.cells(line, delimiterChar(d)).size();
      if (n > most) {
        most = n;
        best = d;
      }
    }
    return best;
  }

  private static char delimiterChar(String d) {
    return "tab".equals(d) ? '\t' : d.isEmpty() ? ',' : d.charAt(0);
  }

  private void splitColumns() {
    String line = headerLine.get();
    fileColumns.setAll(
        line == null || line.isBlank()
            ? List.of()
            : ImportProfile.cells(line, delimiterChar(delimiter.get())).stream()
                .filter(c -> !c.isEmpty())
                .toList());
  }

  /**
   * Maps each unmapped field to the file column of the same name (ignoring case, spaces and
   * underscores) or a common synonym.
   */
  public void matchByName() {
    for (FieldMapping m : mappings) {
      if (!m.columnProperty().get().isEmpty()) {
        continue;
      }
      for (String column : fileColumns) {
        if (matches(m.field(), column)) {
          m.columnProperty().set(column);
          break;
        }
      }
    }
  }

  static boolean matches(ImportField field, String column) {
    String c = normal(column);
    if (c.equals(normal(field.key()))) {
      return true;
    }
    List<String> synonyms =
        switch (field) {
          case EXEC_ID -> List.of("execid", "executionid", "fillid", "tradeid");
          case ORDER_ID -> List.of("orderid", "clordid", "order");
          case BROKER_REF -> List.of("brokerref", "reference", "ref");
          case BOOK -> List.of("book", "portfolio", "bookcode");
          case SYMBOL -> List.of("symbol", "ticker", "instrument");
          case ISIN -> List.of("isin");
          case SIDE -> List.of("side", "buysell", "direction", "bs");
          case QUANTITY -> List.of("quantity", "qty", "shares", "units", "lastqty");
          case PRICE -> List.of("price", "px", "lastpx", "executionprice");
          case COMMISSION -> List.of("commission", "comm");
          case FEES -> List.of("fees", "fee");
          case CURRENCY -> List.of("currency", "ccy");
          case TRADE_DATE -> List.of("tradedate", "date");
          case EXECUTION_TIME ->
              List.of("executiontime", "exectime", "time", "transacttime", "timestamp");
          case COUNTERPARTY -> List.of("counterparty", "broker", "executingbroker");
          case ACCOUNT -> List.of("account", "custodyaccount");
        };
    return synonyms.contains(c);
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The profile as the properties text the model reads. */
  public String properties() {
    StringBuilder b = new StringBuilder();
    b.append("delimiter=").append(delimiter.get()).append('\n');
    b.append("header=").append(header.get()).append('\n');
    b.append("decimal.separator=").append(decimalSeparator.get()).append('\n');
    b.append("date.pattern=").append(datePattern.get().trim()).append('\n');
    b.append("time.pattern=").append(timePattern.get().trim()).append('\n');
    b.append("side.BUY=").append(buyCodes.get().trim()).append('\n');
    b.append("side.SELL=").append(sellCodes.get().trim()).append('\n');
    if (broker.get() != null && !broker.get().isBlank()) {
      b.append("broker=").append(broker.get().trim()).append('\n');
    }
    for (FieldMapping m : mappings) {
      String c = m.columnProperty().get();
      if (c != null && !c.isBlank()) {
        // a properties file reads backslashes as escapes, and keys and values around '=' and ':'
        b.append("column.")
            .append(m.field().key())
            .append('=')
            .append(c.trim().replace("\\", "\\\\"))
            .append('\n');
      }
    }
    return b.toString();
  }

  /**
   * What is wrong with the profile as it stands ("" when it can be saved): the model's own checks.
   */
  private String check() {
    String n = name.get() == null ? "" : name.get().trim();
    if (n.isEmpty()) {
      return "Give the profile a name, for example the broker's code.";
    }
    if (ImportProfile.BUILT_IN.equalsIgnoreCase(n)) {
      return "'"
          + ImportProfile.BUILT_IN
          + "' is the built-in profile; save yours under another name.";
    }
    try {
      ImportProfile.parse(n, properties());
      return "";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Saves the profile (replacing one of the same name) and hands its name to {@code saved}. */
  public void save(Consumer<String> saved) {
    if (!canSave.get()) {
      return;
    }
    String n = name.get().trim();
    String text = properties();
    busy.set(true);
    executor.execute(
        BackgroundTask.of("Saving import profile " + n, task -> imports.saveProfile(actor, n, text))
            .onSuccess(p -> saved.accept(p.name()))
            .onFailure(e -> notice.set(Notice.of("Could not save the profile " + n, e)))
            .onFinished(() -> busy.set(false)));
  }

  /** The fields a profile must map, for the view to mark. */
  public static List<ImportField> required() {
    List<ImportField> r = new ArrayList<>();
    for (ImportField f : ImportField.values()) {
      if (f.required()) {
        r.add(f);
      }
    }
    return r;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty delimiterProperty() {
    return delimiter;
  }

  public BooleanProperty headerProperty() {
    return header;
  }

  public StringProperty decimalSeparatorProperty() {
    return decimalSeparator;
  }

  public StringProperty datePatternProperty() {
    return datePattern;
  }

  public StringProperty timePatternProperty() {
    return timePattern;
  }

  public StringProperty buyCodesProperty() {
    return buyCodes;
  }

  public StringProperty sellCodesProperty() {
    return sellCodes;
  }

  /** The broker whose files these are ("" when the file names the counterparty on each row). */
  public StringProperty brokerProperty() {
    return broker;
  }

  /** The chosen file's header cells, as the delimiter splits them. */
  public ObservableList<String> fileColumns() {
    return fileColumns;
  }

  public ObservableList<FieldMapping> mappings() {
    return mappings;
  }

  public FieldMapping mapping(ImportField field) {
    return mappings.stream().filter(m -> m.field() == field).findFirst().orElseThrow();
  }

  public StringBinding problemProperty() {
    return problem;
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }
}
