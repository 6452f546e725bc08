package com.tickmark.app.ui.recon;

import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.recon.run.BreakDifference;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BreakReason;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.BreakWork;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.run.MatchCandidates;
import com.tickmark.model.recon.run.MatchCandidates.Candidate;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.Aging;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Breaks screen without controls: the recons' breaks (or the matches kept with a difference)
 * with kind, state, reference, amount at stake, age and who works them; filtered by recon and by
 * what to show; the count per aging bucket; the selected break side by side — our records and
 * theirs, each differing field, the outside record's line as received; running the recons for the
 * business date; the actions on a break (assign, comment, resolve, write off, reopen;
 * WORK_RECONCILIATIONS), each on the version shown, so a change made meanwhile by someone else is
 * reported, not overwritten; matching by hand, reviewing proposals and undoing matches. Read and
 * written off the FX thread.
 */
public final class BreaksViewModel implements ModelViewScreen.Model {
  /** The recon choice meaning every recon. */
  public static final String ALL_RECONS = "All recons";

  /** What the table shows. */
  public enum Show {
    TO_WORK("To work"),
    ALL("All breaks"),
    PROPOSED("Proposed matches"),
    DIFFERENCES("With a difference");

    private final String label;

    Show(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }

    boolean shows(ReconBreak b) {
      return switch (this) {
        case TO_WORK -> b.kind().isBreak() && b.state().isOpen();
        case ALL -> b.kind().isBreak();
        case PROPOSED -> b.kind() == BreakKind.PROPOSED_MATCH && b.state().isOpen();
        case DIFFERENCES -> b.kind() == BreakKind.MATCHED_WITH_DIFFERENCE;
      };
    }
  }

  /** One break (or match with a difference) as a row. */
  public record BreakRow(
      ReconBreak item,
      String recon,
      long id,
      String kind,
      String state,
      String reference,
      String source,
      String fields,
      BigDecimal amount,
      CurrencyCode currency,
      BigDecimal amountReporting,
      CurrencyCode reportingCurrency,
      long age,
      String bucket,
      LocalDate runDate,
      String owner,
      String reason,
      String comment) {
    /**
     * What the blotter is filtered by to show the trades behind this row: our trades' ids where the
     * recon's records are trades, else the last part of the reference (a cash movement's execution
     * id, a holding's ISIN).
     */
    public String blotterFilter() {
      String first = item.ours().isEmpty() ? "" : item.ours().split(",")[0];
      if (first.matches("T\\d+")) {
        return first;
      }
      String ref = item.reference();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Whether the fields that differ beyond tolerance include the price. */
    public boolean isPriceBreak() {
      return item.kind() == BreakKind.FIELD_MISMATCH
          && List.of(item.fields().split(",")).contains("price");
    }

    /**
     * @param currency the break's currency (one instance per currency, checked once)
     * @param rates converts the amount at stake into the reporting currency (none without a rate)
     */
    static BreakRow of(
        ReconBreak b, int age, CurrencyCode currency, int scale, ReportingRates rates) {
      return new BreakRow(
          b,
          b.recon(),
          b.id(),
          words(b.kind().name()),
          words(b.state().name()),
          b.reference(),
          b.sourceFile().isEmpty() ? "" : b.sourceFile() + ":" + b.sourceLine(),
          b.fields().replace(",", ", "),
          b.amount().setScale(scale, RoundingMode.HALF_EVEN),
          currency,
          rates.convert(b.amount(), currency, b.runDate()),
          rates.reportingCurrency(),
          age,
          Aging.bucket(age),
          b.runDate(),
          b.owner(),
          b.reason(),
          b.comment());
    }
  }

  /** One differing field of the selected item. */
  public record DifferenceRow(
      String field, String ours, String theirs, String difference, String tolerance) {
    static DifferenceRow of(BreakDifference d) {
      return new DifferenceRow(
          d.field(),
          d.ours(),
          d.theirs(),
          d.difference(),
          d.withinTolerance() ? "within tolerance" : "beyond tolerance");
    }
  }

  /** An unmatched item of the other side that may be the selected one's counterpart. */
  public record CandidateRow(
      BreakRow row,
      long score,
      long id,
      String reference,
      BigDecimal amount,
      LocalDate runDate,
      String why) {
    static CandidateRow of(Candidate c, BreakRow row) {
      return new CandidateRow(
          row, c.score(), row.id(), row.reference(), row.amount(), row.runDate(), c.explanation());
    }
  }

  /** What a person does to a break. */
  public enum Action {
    ASSIGN("Assign", "_Assign…"),
    COMMENT("Comment", "_Comment…"),
    RESOLVE("Resolve", "_Resolve…"),
    WRITE_OFF("Write off", "_Write off…"),
    REOPEN("Reopen", "Re_open…");

    private final String label;
    private final String button;

    Action(String label, String button) {
      this.label = label;
      this.button = button;
    }

    public String label() {
      return label;
    }

    /** The button's text, its Alt key marked: each action has its own. */
    public String button() {
      return button;
    }

    /** Whether the action applies to a break in {@code state}. */
    public boolean appliesTo(BreakState state) {
      return switch (this) {
        case ASSIGN, RESOLVE, WRITE_OFF -> state.isOpen();
        case COMMENT -> true;
        case REOPEN -> !state.isOpen();
      };
    }
  }

  /** How many candidates the selected item shows. */
  static final int CANDIDATES = 10;

  private static final String NOTHING_SELECTED = "Select a break to see both sides";

  private final ReconRunService runs;
  private final BreakWork work;
  private final ReferenceDataService referenceData;
  private final Path inbox;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final Permitted workPermitted;
  private final TableModel<BreakRow> table =
      new TableModel<>(
          "recon.breaks",
          "breaks",
          List.of(
              ColumnSpec.text("recon", "Recon", BreakRow::recon),
              ColumnSpec.integer("id", "Break", BreakRow::id),
              ColumnSpec.text("kind", "Kind", BreakRow::kind),
              ColumnSpec.text("state", "State", BreakRow::state),
              ColumnSpec.text("reference", "Reference", BreakRow::reference),
              ColumnSpec.text("fields", "Fields", BreakRow::fields),
              ColumnSpec.money(
                  "amount", "Amount at stake", BreakRow::amount, BreakRow::currency, 2),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.money(
                  "amountReporting",
                  "At stake, reporting currency",
                  BreakRow::amountReporting,
                  BreakRow::reportingCurrency,
                  2),
              ColumnSpec.integer("age", "Age (business days)", BreakRow::age),
              ColumnSpec.text("bucket", "Aging bucket", BreakRow::bucket),
              ColumnSpec.date("runDate", "Run date", BreakRow::runDate),
              ColumnSpec.text("owner", "Owner", BreakRow::owner),
              ColumnSpec.text("reason", "Reason", BreakRow::reason),
              ColumnSpec.text("comment", "Comment", BreakRow::comment),
              ColumnSpec.text("source", "Source file line", BreakRow::source)));
  private final TableModel<DifferenceRow> differences =
      new TableModel<>(
          "recon.breaks.differences",
          "differences",
          List.of(
              ColumnSpec.text("field", "Field", DifferenceRow::field),
              ColumnSpec.text("ours", "Ours", DifferenceRow::ours),
              ColumnSpec.text("theirs", "Theirs", DifferenceRow::theirs),
              ColumnSpec.text("difference", "Difference", DifferenceRow::difference),
              ColumnSpec.text("tolerance", "Tolerance", DifferenceRow::tolerance)));
  private final TableModel<CandidateRow> candidates =
      new TableModel<>(
          "recon.breaks.candidates",
          "candidates",
          List.of(
              ColumnSpec.integer("score", "Score", CandidateRow::score),
              ColumnSpec.integer("id", "Break", CandidateRow::id),
              ColumnSpec.text("reference", "Reference", CandidateRow::reference),
              ColumnSpec.money(
                  "amount", "Amount", CandidateRow::amount, c -> c.row().currency(), 2),
              ColumnSpec.date("runDate", "Run date", CandidateRow::runDate),
              ColumnSpec.text("why", "Why", CandidateRow::why)));
  private final ReadOnlyStringWrapper balance = new ReadOnlyStringWrapper(this, "balance", "");
  private final ObservableList<String> reconChoices = FXCollections.observableArrayList(ALL_RECONS);
  private final ObjectProperty<String> recon =
      new SimpleObjectProperty<>(this, "recon", ALL_RECONS);
  private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.TO_WORK);
  private final ReadOnlyObjectWrapper<Map<String, Long>> buckets =
      new ReadOnlyObjectWrapper<>(
          this, "buckets", AgingStrip.counts(List.<BreakRow>of(), BreakRow::bucket));
  private final ReadOnlyStringWrapper detailTitle =
      new ReadOnlyStringWrapper(this, "detailTitle", NOTHING_SELECTED);
  private final ReadOnlyStringWrapper ours = new ReadOnlyStringWrapper(this, "ours", "");
  private final ReadOnlyStringWrapper theirs = new ReadOnlyStringWrapper(this, "theirs", "");
  private final ReadOnlyStringWrapper explanation =
      new ReadOnlyStringWrapper(this, "explanation", "");
  private final ReadOnlyStringWrapper received = new ReadOnlyStringWrapper(this, "received", "");
  private final ReadOnlyStringWrapper obligation =
      new ReadOnlyStringWrapper(this, "obligation", "");
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>(this, "asOf");
  private final SimpleBooleanProperty running = new SimpleBooleanProperty(this, "running");
  private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(this, "waiting");
  private List<BreakRow> all = List.of();
  private boolean loaded;
  private BreakRow selected;

  /**
   * @param inbox the workspace's inbox, where a break's source file is read as received
   */
  public BreaksViewModel(
      ReconRunService runs,
      BreakWork work,
      ReferenceDataService referenceData,
      Path inbox,
      Actor actor,
      Supplier<LocalDate> businessDate,
      TaskExecutor executor) {
    this.runs = Objects.requireNonNull(runs, "runs");
    this.work = Objects.requireNonNull(work, "work");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.workPermitted = Permitted.to(actor, Permission.WORK_RECONCILIATIONS, "work breaks");
    recon.addListener((obs, old, now) -> applyFilter());
    show.addListener((obs, old, now) -> applyFilter());
  }

  @Override
  public void activate() {
    if (!loaded) {
      refresh();
    }
  }

  private record Loaded(LocalDate date, List<String> recons, List<BreakRow> rows) {}

  /** Reads the breaks again. */
  @Override
  public void refresh() {
    reload(Notice.NONE);
  }

  /** Reads the breaks again, then shows {@code then} (what was just done). */
  private void reload(Notice then) {
    table.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of("Reading the breaks", task -> read())
            .onSuccess(
                l -> {
                  asOf.set(l.date());
                  List<String> choices = new ArrayList<>(List.of(ALL_RECONS));
                  choices.addAll(l.recons());
                  if (!reconChoices.equals(choices)) {
                    String kept = recon.get(); // a new list clears a combo's choice
                    reconChoices.setAll(choices);
                    recon.set(choices.contains(kept) ? kept : ALL_RECONS);
                  }
                  all = l.rows();
                  waiting.set((int) all.stream().filter(b -> waits(b.item())).count());
                  loaded = true;
                  applyFilter();
                  notice.set(then);
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the breaks", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  private Loaded read() {
    Map<CurrencyCode, Integer> scales =
        referenceData.currencies(actor).stream()
            .collect(Collectors.toMap(Currency::code, Currency::minorUnits));
    ToIntFunction<ReconBreak> ages = runs.ages();
    ReportingRates rates = runs.reportingRates(actor);
    Map<String, CurrencyCode> codes = new HashMap<>(); // a few currencies, each checked once
    List<BreakRow> rows =
        runs.breaks(actor, Optional.empty()).stream()
            .map(
                b -> {
                  CurrencyCode currency = codes.computeIfAbsent(b.currency(), CurrencyCode::new);
                  return BreakRow.of(
                      b, ages.applyAsInt(b), currency, scales.getOrDefault(currency, 2), rates);
                })
            .toList();
    return new Loaded(
        businessDate.get(), runs.recons(actor).stream().map(Recon::name).toList(), rows);
  }

  private void applyFilter() {
    String r = recon.get();
    Show s = show.get();
    List<BreakRow> shown =
        all.stream()
            .filter(b -> r == null || ALL_RECONS.equals(r) || b.recon().equals(r))
            .filter(b -> s == null || s.shows(b.item()))
            .toList();
    table.setAll(shown);
    buckets.set(AgingStrip.counts(shown, BreakRow::bucket));
  }

  /**
   * Shows {@code row} side by side: our records and theirs, the fields that differ, and the outside
   * record's line as received (read off the FX thread); nothing when {@code row} is null.
   */
  public void select(BreakRow row) {
    selected = row;
    if (row == null) {
      detailTitle.set(NOTHING_SELECTED);
      ours.set("");
      theirs.set("");
      explanation.set("");
      received.set("");
      obligation.set("");
      differences.clear();
      candidates.clear();
      return;
    }
    ReconBreak b = row.item();
    detailTitle.set(
        row.kind() + " " + row.reference() + " (" + b.recon() + ", run for " + b.runDate() + ")");
    ours.set(b.ours().isEmpty() ? "none" : b.ours().replace(",", ", "));
    theirs.set(b.theirs().isEmpty() ? "none" : b.theirs().replace(",", ", "));
    explanation.set(explain(b));
    differences.setAll(b.differences().stream().map(DifferenceRow::of).toList());
    obligation.set(b.recon().equals(BuiltInRecons.SETTLEMENTS) ? b.ours() : "");
    candidates.clear();
    List<BreakRow> pool = all;
    executor.execute(
        BackgroundTask.of("Ranking candidates for break " + b.id(), task -> candidates(b, pool))
            .onSuccess(
                found -> {
                  if (selected == row) {
                    candidates.setAll(found);
                  }
                }));
    received.set("");
    if (b.sourceFile().isEmpty()) {
      return;
    }
    executor.execute(
        BackgroundTask.of(
                "Reading " + b.sourceFile(), task -> asReceived(b.sourceFile(), b.sourceLine()))
            .onSuccess(
                text -> {
                  if (selected == row) {
                    received.set(text);
                  }
                })
            .onFailure(e -> received.set("Could not read " + b.sourceFile() + ": " + message(e))));
  }

  /** The best {@link #CANDIDATES} candidates for {@code b} among {@code pool}, best first. */
  private static List<CandidateRow> candidates(ReconBreak b, List<BreakRow> pool) {
    Map<Long, BreakRow> byId = new HashMap<>();
    List<ReconBreak> items = new ArrayList<>(pool.size());
    for (BreakRow r : pool) {
      byId.put(r.id(), r);
      items.add(r.item());
    }
    return MatchCandidates.rank(b, items, CANDIDATES).stream()
        .map(c -> CandidateRow.of(c, byId.get(c.item().id())))
        .toList();
  }

  /**
   * Sums what {@code rows} hold on each side and the difference between the sides, for a person
   * choosing records to match by hand: {@code Ours 2: 5,000.00 · Theirs 1: 4,999.75 · Difference
   * -0.25 EUR}; empty for fewer than two rows.
   */
  public void selectionChanged(List<BreakRow> rows) {
    balance.set(balanceOf(rows));
  }

  static String balanceOf(List<BreakRow> rows) {
    if (rows.size() < 2) {
      return "";
    }
    List<CurrencyCode> currencies = rows.stream().map(BreakRow::currency).distinct().toList();
    if (currencies.size() > 1) {
      return rows.size() + " selected, in " + currencies.size() + " currencies: no difference";
    }
    int scale = rows.stream().mapToInt(r -> r.amount().scale()).max().orElse(2);
    BigDecimal ours = BigDecimal.ZERO;
    BigDecimal theirs = BigDecimal.ZERO;
    long ourCount = 0;
    long theirCount = 0;
    for (BreakRow r : rows) {
      ReconBreak b = r.item();
      if (!b.ours().isEmpty() && b.theirs().isEmpty()) {
        ours = ours.add(r.amount());
        ourCount += b.ours().split(",").length;
      } else if (b.ours().isEmpty() && !b.theirs().isEmpty()) {
        theirs = theirs.add(r.amount());
        theirCount += b.theirs().split(",").length;
      }
    }
    return "Ours "
        + ourCount
        + ": "
        + Formats.grouped(ours, scale)
        + " · Theirs "
        + theirCount
        + ": "
        + Formats.grouped(theirs, scale)
        + " · Difference "
        + Formats.grouped(theirs.subtract(ours), scale)
        + " "
        + currencies.get(0).code();
  }

  /** Why the item is what it is, in a sentence. */
  static String explain(ReconBreak b) {
    String pass = b.pass().isEmpty() ? "" : " (pass " + b.pass() + ")";
    return switch (b.kind()) {
      case MISSING_THEIRS -> "Ours has no counterpart on their side.";
      case MISSING_OURS -> "Theirs quotes a reference of ours the books do not have.";
      case FIELD_MISMATCH ->
          "The keys pair them" + pass + " but " + b.fields().replace(",", ", ") + " differ.";
      case DUPLICATE_THEIRS -> "Theirs repeats a record they sent already.";
      case UNEXPECTED -> "Theirs is nothing the firm knows: no reference of ours.";
      case BALANCE_DISCONTINUITY -> b.detail();
      case MATCHED_WITH_DIFFERENCE ->
          "Matched" + pass + "; the differences are inside tolerance and kept.";
      case PROPOSED_MATCH ->
          "Proposed"
              + pass
              + ": the records agree on weaker evidence than a reference. Accept to match them"
              + " in every run from now, or reject so they are never paired again.";
    };
  }

  /**
   * The outside record at line {@code line} of the inbox file {@code file} as received: a CSV line
   * field by field under its header's names; a bank statement's lines that make up the entry
   * (MT940's {@code :61:} and {@code :86:}, camt.053's {@code <Ntry>}).
   */
  private String asReceived(String file, int line) {
    Path path = inbox.resolve(file);
    try {
      if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        List<String> header;
        String row;
        try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
          List<String> both = lines.limit(line).toList();
          header = fields(both.get(0));
          row = both.get(line - 1);
        }
        List<String> values = fields(row);
        StringBuilder out = new StringBuilder(file + ":" + line);
        for (int i = 0; i < header.size(); i++) {
          out.append('\n')
              .append(header.get(i))
              .append(": ")
              .append(i < values.size() ? values.get(i) : "");
        }
        return out.toString();
      }
      try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
        return lines
            .skip(line - 1L)
            .limit(6)
            .collect(Collectors.joining("\n", file + ":" + line + "\n", ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of one CSV line (quotes as the intake reads them). */
  private static List<String> fields(String csvLine) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csvLine)) {
      return reader.stream().findFirst().map(CsvRecord::getFields).orElse(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs every recon for the business date, then reads the breaks again. */
  public void runRecons() {
    if (!workPermitted.allowed() || running.get()) {
      return;
    }
    running.set(true);
    LocalDate date = businessDate.get();
    executor.execute(
        BackgroundTask.of(
                "Running the recons for " + date,
                task -> {
                  List<Recon> recons = runs.recons(actor);
                  List<ReconRun> done = new ArrayList<>();
                  for (int i = 0; i < recons.size(); i++) {
                    task.checkCancelled();
                    task.updateMessage("Running " + recons.get(i).name() + " for " + date);
                    task.updateProgress(i, recons.size());
                    done.addAll(runs.run(actor, Optional.of(recons.get(i).name()), date));
                  }
                  return done;
                })
            .onSuccess(
                done -> {
                  reload(
                      Notice.success(
                          "Recons run",
                          done.stream()
                              .map(
                                  r ->
                                      r.recon()
                                          + ": "
                                          + r.matched()
                                          + " matched, "
                                          + r.breaks()
                                          + " breaks ("
                                          + r.opened()
                                          + " new, "
                                          + r.closed()
                                          + " closed)")
                              .collect(Collectors.joining("; ", "Ran for " + date + ". ", "."))));
                })
            .onFailure(e -> notice.set(Notice.of("Could not run the recons", e)))
            .onFinished(() -> running.set(false)));
  }

  /** Whether the user may work breaks and run recons, and if not why (the buttons' tooltip). */
  public Permitted workPermitted() {
    return workPermitted;
  }

  /** A form taking {@code action} on {@code row}'s break, on the version shown. */
  public ActionForm form(Action action, BreakRow row) {
    return form(action, List.of(Objects.requireNonNull(row, "row")));
  }

  /**
   * A form taking {@code action} on each of {@code rows}' breaks (one or more), each on the version
   * shown.
   */
  public ActionForm form(Action action, List<BreakRow> rows) {
    if (!workPermitted.allowed()) {
      throw new IllegalStateException(workPermitted.whyNot());
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("Select the breaks to " + action.label().toLowerCase());
    }
    return new ActionForm(action, List.copyOf(rows));
  }

  /** Whether {@code action} applies to every break of {@code rows} (and there are some). */
  public static boolean appliesToAll(Action action, List<BreakRow> rows) {
    return !rows.isEmpty()
        && rows.stream()
            .allMatch(r -> r.item().kind().isBreak() && action.appliesTo(r.item().state()));
  }

  /**
   * One action on one break or several at once (bulk assign, comment, reason): its fields, and
   * sending it off the FX thread.
   */
  public final class ActionForm {
    private final Action action;
    private final List<BreakRow> rows;
    private final BreakRow row;
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<BreakReason> reasons =
        FXCollections.observableArrayList(BreakReason.values());
    private final StringProperty owner = new SimpleStringProperty(this, "owner");
    private final ObjectProperty<BreakReason> reason = new SimpleObjectProperty<>(this, "reason");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canSend;

    private ActionForm(Action action, List<BreakRow> rows) {
      this.action = action;
      this.rows = rows;
      this.row = rows.get(0);
      boolean one = rows.size() == 1;
      comment.set(action == Action.COMMENT || !one ? "" : row.comment());
      owner.set(!one || row.owner().isEmpty() ? actor.username() : row.owner());
      canSend =
          Bindings.createBooleanBinding(
              () ->
                  !busy.get()
                      && switch (action) {
                        case ASSIGN -> owner.get() != null && !owner.get().isBlank();
                        case RESOLVE, WRITE_OFF -> reason.get() != null;
                        case COMMENT -> comment.get() != null && !comment.get().isBlank();
                        case REOPEN -> true;
                      },
              busy,
              owner,
              reason,
              comment);
      if (action == Action.ASSIGN) {
        executor.execute(
            BackgroundTask.of("Reading the users", task -> work.owners(actor))
                .onSuccess(owners::setAll)
                .onFailure(e -> error.set("Could not read the users: " + message(e))));
      }
    }

    public Action action() {
      return action;
    }

    /** The first break acted on (the only one, unless in bulk). */
    public BreakRow row() {
      return row;
    }

    public List<BreakRow> rows() {
      return rows;
    }

    public ObservableList<String> owners() {
      return owners;
    }

    public ObservableList<BreakReason> reasons() {
      return reasons;
    }

    public StringProperty ownerProperty() {
      return owner;
    }

    public ObjectProperty<BreakReason> reasonProperty() {
      return reason;
    }

    public StringProperty commentProperty() {
      return comment;
    }

    public ReadOnlyBooleanProperty busyProperty() {
      return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
      return error.getReadOnlyProperty();
    }

    public BooleanBinding canSend() {
      return canSend;
    }

    /**
     * Takes the action off the FX thread on the version shown; on success reads the breaks again
     * and runs {@code done} (which closes the dialog); a refusal (someone changed the break
     * meanwhile, a write-off waiting for approval) stays in {@link #errorProperty()} or the notice.
     * In bulk each break is taken on its own; those refused are listed in the notice.
     */
    public void send(Runnable done) {
      if (!canSend.get()) {
        return;
      }
      busy.set(true);
      error.set("");
      String who = owner.get();
      String code = reason.get() == null ? null : reason.get().name();
      String text = comment.get();
      if (rows.size() == 1) {
        executor.execute(
            BackgroundTask.of(
                    action.label() + " break " + row.id(), task -> take(row, who, code, text))
                .onSuccess(
                    said -> {
                      reload(Notice.success(action.label() + " break " + row.id(), said));
                      done.run();
                    })
                .onFailure(e -> error.set(message(e)))
                .onFinished(() -> busy.set(false)));
        return;
      }
      executor.execute(
          BackgroundTask.of(
                  action.label() + " " + rows.size() + " breaks",
                  task -> {
                    List<String> refused = new ArrayList<>();
                    for (BreakRow r : rows) {
                      try {
                        take(r, who, code, text);
                      } catch (RuntimeException e) {
                        refused.add(message(e));
                      }
                    }
                    return refused;
                  })
              .onSuccess(
                  refused -> {
                    String title =
                        action.label()
                            + " "
                            + (rows.size() - refused.size())
                            + " of "
                            + rows.size()
                            + " breaks";
                    reload(
                        refused.isEmpty()
                            ? Notice.success(title, "Each change is in the audit trail.")
                            : Notice.warning(title, String.join(" ", refused)));
                    done.run();
                  })
              .onFailure(e -> error.set(message(e)))
              .onFinished(() -> busy.set(false)));
    }

    /** Takes the action on {@code r}'s break on the version shown; what became of it. */
    private String take(BreakRow r, String who, String code, String text) {
      long id = r.id();
      OptionalInt version = OptionalInt.of(r.item().version());
      return switch (action) {
        case ASSIGN -> said(work.assign(actor, id, version, who, text));
        case COMMENT -> said(work.comment(actor, id, version, text));
        case RESOLVE -> said(work.resolve(actor, id, version, code, text));
        case REOPEN -> said(work.reopen(actor, id, version, text));
        case WRITE_OFF -> {
          BreakWork.Outcome o = work.writeOff(actor, id, version, code, text);
          yield o.waitsForApproval()
              ? "Break "
                  + id
                  + " is above its recon's write-off limit: request "
                  + o.request().id().value()
                  + " waits for a second person's approval."
              : said(o.written());
        }
      };
    }
  }

  /**
   * Whether {@code rows} may be matched by hand together: two or more breaks still to work, of one
   * recon and run date, with records on both sides between them.
   */
  public static boolean matchable(List<BreakRow> rows) {
    if (rows.size() < 2) {
      return false;
    }
    ReconBreak first = rows.get(0).item();
    return rows.stream()
            .map(BreakRow::item)
            .allMatch(
                b ->
                    Show.TO_WORK.shows(b)
                        && b.recon().equals(first.recon())
                        && b.runDate().equals(first.runDate()))
        && rows.stream().anyMatch(r -> !r.item().ours().isEmpty())
        && rows.stream().anyMatch(r -> !r.item().theirs().isEmpty());
  }

  /** A form matching {@code rows}' records by hand ({@link #matchable}). */
  public MatchForm matchForm(List<BreakRow> rows) {
    if (!workPermitted.allowed()) {
      throw new IllegalStateException(workPermitted.whyNot());
    }
    return new MatchForm(List.copyOf(rows), false);
  }

  /**
   * Matching breaks' records by hand, or undoing matches: a comment, and sending it off the FX
   * thread.
   */
  public final class MatchForm {
    private final List<BreakRow> rows;
    private final boolean undo;
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canSend;

    private MatchForm(List<BreakRow> rows, boolean undo) {
      this.rows = rows;
      this.undo = undo;
      canSend =
          Bindings.createBooleanBinding(
              () -> !busy.get() && (undo ? whyNotUnmatchable(rows).isEmpty() : matchable(rows)),
              busy);
    }

    /** Whether this undoes matches rather than making one. */
    public boolean undoes() {
      return undo;
    }

    public List<BreakRow> rows() {
      return rows;
    }

    public StringProperty commentProperty() {
      return comment;
    }

    public ReadOnlyBooleanProperty busyProperty() {
      return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
      return error.getReadOnlyProperty();
    }

    public BooleanBinding canSend() {
      return canSend;
    }

    /**
     * Matches the records (or undoes the matches) off the FX thread and runs their recon for the
     * date again; on success reads the breaks again and runs {@code done}; a refusal (a match
     * someone else undid meanwhile) stays in {@link #errorProperty()}.
     */
    public void send(Runnable done) {
      if (!canSend.get()) {
        return;
      }
      busy.set(true);
      error.set("");
      List<Long> ids = rows.stream().map(BreakRow::id).toList();
      String named = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
      String text = comment.get();
      executor.execute(
          BackgroundTask.of(
                  (undo ? "Unmatching " : "Matching breaks ") + ids,
                  task ->
                      undo ? runs.unmatch(actor, ids, text) : List.of(runs.match(actor, ids, text)))
              .onSuccess(
                  ran -> {
                    reload(
                        undo
                            ? Notice.success(
                                "Unmatched",
                                (ids.size() == 1 ? "Match " : "Matches ")
                                    + named
                                    + " undone. "
                                    + ranAgain(ran))
                            : Notice.success(
                                "Matched by hand",
                                "Breaks "
                                    + named
                                    + " matched; "
                                    + ran.get(0).recon()
                                    + " for "
                                    + ran.get(0).runDate()
                                    + " ran again: "
                                    + ran.get(0).closed()
                                    + " breaks closed."));
                    done.run();
                  })
              .onFailure(e -> error.set(message(e)))
              .onFinished(() -> busy.set(false)));
    }
  }

  /** What the table is filtered by now, to keep as a named view. */
  public Map<String, String> currentView() {
    return Map.of(
        "recon",
        recon.get() == null ? ALL_RECONS : recon.get(),
        "show",
        (show.get() == null ? Show.TO_WORK : show.get()).name(),
        "filter",
        Objects.requireNonNullElse(table.filterTextProperty().get(), ""));
  }

  /** Filters the table as {@code view} says (what {@link #currentView} kept). */
  public void applyView(Map<String, String> view) {
    String r = view.getOrDefault("recon", ALL_RECONS);
    recon.set(reconChoices.contains(r) ? r : ALL_RECONS);
    try {
      show.set(Show.valueOf(view.getOrDefault("show", Show.TO_WORK.name())));
    } catch (IllegalArgumentException e) {
      show.set(Show.TO_WORK);
    }
    table.filterTextProperty().set(view.getOrDefault("filter", ""));
  }

  /**
   * Why {@code rows} may not be unmatched, as the Unmatch button's tooltip says it; empty when they
   * may: one or more matches kept with a difference.
   */
  public static String whyNotUnmatchable(List<BreakRow> rows) {
    if (rows.isEmpty()) {
      return "Select a match to undo: the matches are shown under \"" + Show.DIFFERENCES + "\"";
    }
    return rows.stream()
        .filter(r -> !Show.DIFFERENCES.shows(r.item()))
        .findFirst()
        .map(
            r ->
                "Break "
                    + r.id()
                    + " is "
                    + r.kind().toLowerCase(Locale.ROOT)
                    + ", not a match: only matches are undone")
        .orElse("");
  }

  /** A form undoing the matches {@code rows} ({@link #whyNotUnmatchable} says none). */
  public MatchForm unmatchForm(List<BreakRow> rows) {
    if (!workPermitted.allowed()) {
      throw new IllegalStateException(workPermitted.whyNot());
    }
    return new MatchForm(List.copyOf(rows), true);
  }

  /** Whether {@code rows} may be accepted or rejected: one or more proposals waiting for review. */
  public static boolean reviewable(List<BreakRow> rows) {
    return !rows.isEmpty() && rows.stream().allMatch(r -> Show.PROPOSED.shows(r.item()));
  }

  /**
   * Accepts ({@code accept}) or rejects the proposed matches {@code rows} off the FX thread; their
   * recons run again for their dates and the breaks are read again, with a notice saying what came
   * of it.
   */
  public void review(List<BreakRow> rows, boolean accept) {
    if (!workPermitted.allowed()) {
      throw new IllegalStateException(workPermitted.whyNot());
    }
    if (!reviewable(rows)) {
      return;
    }
    List<Long> ids = rows.stream().map(BreakRow::id).toList();
    String verb = accept ? "Accepting" : "Rejecting";
    String done = accept ? "accepted" : "rejected";
    executor.execute(
        BackgroundTask.of(
                verb + " proposed matches " + ids,
                task -> accept ? runs.accept(actor, ids, "") : runs.reject(actor, ids, ""))
            .onSuccess(
                ran ->
                    reload(
                        Notice.success(
                            ids.size() == 1
                                ? "Proposed match " + done
                                : ids.size() + " proposed matches " + done,
                            ranAgain(ran))))
            .onFailure(e -> notice.set(Notice.of("Could not review the proposals", e))));
  }

  /** {@code Ran again: cash-bank for 2025-11-20 (12 breaks).} */
  private static String ranAgain(List<ReconRun> ran) {
    return ran.stream()
        .map(r -> r.recon() + " for " + r.runDate() + " (" + r.breaks() + " breaks)")
        .collect(Collectors.joining("; ", "Ran again: ", "."));
  }

  private static String said(ReconBreak b) {
    return "Break "
        + b.id()
        + " is "
        + words(b.state().name())
        + (b.owner().isEmpty() ? "" : ", owned by " + b.owner())
        + ".";
  }

  /** {@code WRITTEN_OFF} as people read it: {@code Written off}. */
  static String words(String constant) {
    String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  public TableModel<BreakRow> table() {
    return table;
  }

  /** The selected item's differing fields. */
  public TableModel<DifferenceRow> differences() {
    return differences;
  }

  /**
   * The trade whose settlement obligation the selected break is about (a settlement break), else
   * empty: the drill to the Obligations screen.
   */
  public ReadOnlyStringProperty obligationProperty() {
    return obligation.getReadOnlyProperty();
  }

  /** The selected item's candidates, best first. */
  public TableModel<CandidateRow> candidates() {
    return candidates;
  }

  /**
   * What the rows selected hold on each side, and the difference (see {@link #selectionChanged}).
   */
  public ReadOnlyStringProperty balanceProperty() {
    return balance.getReadOnlyProperty();
  }

  public ObservableList<String> reconChoices() {
    return reconChoices;
  }

  public ObjectProperty<String> reconProperty() {
    return recon;
  }

  public ObjectProperty<Show> showProperty() {
    return show;
  }

  public ReadOnlyObjectProperty<Map<String, Long>> bucketsProperty() {
    return buckets.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailTitleProperty() {
    return detailTitle.getReadOnlyProperty();
  }

  /** Our records in the selected item, by label. */
  public ReadOnlyStringProperty oursProperty() {
    return ours.getReadOnlyProperty();
  }

  /** Their records in the selected item, by file and line. */
  public ReadOnlyStringProperty theirsProperty() {
    return theirs.getReadOnlyProperty();
  }

  /** Why the selected item is what it is. */
  public ReadOnlyStringProperty explanationProperty() {
    return explanation.getReadOnlyProperty();
  }

  /** The outside record's line(s) as received. */
  public ReadOnlyStringProperty receivedProperty() {
    return received.getReadOnlyProperty();
  }

  /**
   * How many items wait for a person, over every recon: the breaks still to work and the proposed
   * matches waiting for review (the navigation's count).
   */
  public ReadOnlyIntegerProperty waitingProperty() {
    return waiting.getReadOnlyProperty();
  }

  /** Whether {@code b} waits for a person: a break still to work, or a proposal to review. */
  public static boolean waits(ReconBreak b) {
    return Show.TO_WORK.shows(b) || Show.PROPOSED.shows(b);
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running;
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
    return asOf.getReadOnlyProperty();
  }
}
