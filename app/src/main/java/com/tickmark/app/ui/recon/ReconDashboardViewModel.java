package com.tickmark.app.ui.recon;

import com.tickmark.app.ui.common.AgingStrip;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.recon.definition.ReconDefinitions;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.recon.run.ReconRunService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.Aging;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Recon dashboard without controls: per recon, its latest run (what each side had, matched,
 * with a difference, breaks, match rate) and the breaks still to work (how many, the oldest); the
 * breaks to work by recon and kind; their count per aging bucket; and each recon's match rate over
 * its last 30 run dates. Read off the FX thread.
 */
public final class ReconDashboardViewModel implements ModelViewScreen.Model {
  /** How many run dates the trend shows. */
  public static final int TREND_DAYS = 30;

  /**
   * One recon's latest run and its breaks to work.
   *
   * @param matchRate the share of our records matched, 0 to 1
   */
  public record ReconRow(
      String recon,
      String title,
      LocalDate runDate,
      long ours,
      long theirs,
      long matched,
      long withDifference,
      long breaks,
      BigDecimal matchRate,
      long toWork,
      Long oldest,
      long toReview) {}

  /** The breaks to work of one recon and kind. */
  public record KindRow(String recon, String kind, long toWork, long oldest) {}

  /** One recon's match rate (per cent) by run date, oldest first. */
  public record Trend(String recon, Map<LocalDate, BigDecimal> matchRate) {}

  private final ReconRunService runs;
  private final ReconDefinitions definitions;
  private final Permitted settingsPermitted;
  private final Actor actor;
  private final TaskExecutor executor;
  private final TableModel<ReconRow> recons =
      new TableModel<>(
          "recon.dashboard",
          "recons",
          List.of(
              ColumnSpec.text("recon", "Recon", ReconRow::recon),
              ColumnSpec.text("title", "Compares", ReconRow::title),
              ColumnSpec.date("runDate", "Last run for", ReconRow::runDate),
              ColumnSpec.integer("ours", "Ours", ReconRow::ours),
              ColumnSpec.integer("theirs", "Theirs", ReconRow::theirs),
              ColumnSpec.integer("matched", "Matched", ReconRow::matched),
              ColumnSpec.integer("withDifference", "With difference", ReconRow::withDifference),
              ColumnSpec.integer("toReview", "Proposed (to review)", ReconRow::toReview),
              ColumnSpec.integer("breaks", "Breaks", ReconRow::breaks),
              ColumnSpec.percentage("matchRate", "Match rate", ReconRow::matchRate, 1),
              ColumnSpec.integer("toWork", "To work (all dates)", ReconRow::toWork),
              ColumnSpec.integer("oldest", "Oldest (business days)", ReconRow::oldest)));
  private final TableModel<KindRow> kinds =
      new TableModel<>(
          "recon.dashboard.kinds",
          "kinds",
          List.of(
              ColumnSpec.text("recon", "Recon", KindRow::recon),
              ColumnSpec.text("kind", "Kind", KindRow::kind),
              ColumnSpec.integer("toWork", "To work", KindRow::toWork),
              ColumnSpec.integer("oldest", "Oldest (business days)", KindRow::oldest)));
  private final ReadOnlyObjectWrapper<Map<String, Long>> buckets =
      new ReadOnlyObjectWrapper<>(
          this, "buckets", AgingStrip.counts(List.<Integer>of(), Aging::bucket));
  private final ReadOnlyObjectWrapper<List<Trend>> trends =
      new ReadOnlyObjectWrapper<>(this, "trends", List.of());
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private boolean loaded;

  public ReconDashboardViewModel(
      ReconRunService runs, ReconDefinitions definitions, Actor actor, TaskExecutor executor) {
    this.runs = Objects.requireNonNull(runs, "runs");
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.settingsPermitted =
        Permitted.to(actor, Permission.MANAGE_REFERENCE_DATA, "change a recon's settings");
  }

  /** Whether the user may change recons' settings, and if not why. */
  public Permitted settingsPermitted() {
    return settingsPermitted;
  }

  /** A form changing {@code recon}'s settings (read at once, off the FX thread). */
  public ReconSettingsForm settingsForm(String recon) {
    if (!settingsPermitted.allowed()) {
      throw new IllegalStateException(settingsPermitted.whyNot());
    }
    return new ReconSettingsForm(definitions, actor, recon, executor);
  }

  /** After a recon's settings were saved: says so, and reads the recons again. */
  public void settingsSaved(String said) {
    reload(Notice.success("Recon settings", said));
  }

  @Override
  public void activate() {
    if (!loaded) {
      refresh();
    }
  }

  private record Loaded(
      List<ReconRow> recons, List<KindRow> kinds, Map<String, Long> buckets, List<Trend> trends) {}

  @Override
  public void refresh() {
    reload(Notice.NONE);
  }

  /** Reads the recons again, then shows {@code then}. */
  private void reload(Notice then) {
    recons.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of("Reading the recons' runs and breaks", task -> read())
            .onSuccess(
                l -> {
                  recons.setAll(l.recons());
                  kinds.setAll(l.kinds());
                  buckets.set(l.buckets());
                  trends.set(l.trends());
                  loaded = true;
                  notice.set(then);
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the recons", e)))
            .onFinished(() -> recons.loadingProperty().set(false)));
  }

  private Loaded read() {
    List<ReconRun> all = runs.runs(actor, Optional.empty()); // newest first
    ToIntFunction<ReconBreak> ages = runs.ages();
    List<ReconBreak> stored = runs.breaks(actor, Optional.empty());
    List<ReconBreak> toWork = stored.stream().filter(BreaksViewModel.Show.TO_WORK::shows).toList();
    Map<String, Long> toReview =
        stored.stream()
            .filter(BreaksViewModel.Show.PROPOSED::shows)
            .collect(Collectors.groupingBy(ReconBreak::recon, Collectors.counting()));
    List<ReconRow> reconRows = new ArrayList<>();
    List<KindRow> kindRows = new ArrayList<>();
    List<Trend> trendList = new ArrayList<>();
    for (Recon recon : runs.recons(actor)) {
      String name = recon.name();
      List<ReconBreak> open = toWork.stream().filter(b -> b.recon().equals(name)).toList();
      // the latest date's newest run (a date run again later is not the latest)
      Optional<ReconRun> latest =
          all.stream()
              .filter(r -> r.recon().equals(name))
              .max(Comparator.comparing(ReconRun::runDate));
      reconRows.add(
          new ReconRow(
              name,
              recon.title(),
              latest.map(ReconRun::runDate).orElse(null),
              latest.map(ReconRun::ours).orElse(0),
              latest.map(ReconRun::theirs).orElse(0),
              latest.map(ReconRun::matched).orElse(0),
              latest.map(ReconRun::withDifference).orElse(0),
              latest.map(ReconRun::breaks).orElse(0),
              latest
                  .map(r -> BigDecimal.valueOf(r.matchRate()).setScale(4, RoundingMode.HALF_EVEN))
                  .orElse(null),
              open.size(),
              open.stream()
                  .mapToLong(ages::applyAsInt)
                  .boxed()
                  .max(Comparator.naturalOrder())
                  .orElse(null),
              toReview.getOrDefault(name, 0L)));
      open.stream()
          .collect(Collectors.groupingBy(b -> b.kind(), TreeMap::new, Collectors.toList()))
          .forEach(
              (kind, breaks) ->
                  kindRows.add(
                      new KindRow(
                          name,
                          BreaksViewModel.words(kind.name()),
                          breaks.size(),
                          breaks.stream().mapToLong(ages::applyAsInt).max().orElse(0))));
      Map<LocalDate, BigDecimal> rate = new TreeMap<>();
      all.stream() // newest first: the first run of a date is its latest
          .filter(r -> r.recon().equals(name))
          .forEach(r -> rate.putIfAbsent(r.runDate(), percent(r)));
      Map<LocalDate, BigDecimal> last = new LinkedHashMap<>();
      rate.entrySet().stream()
          .skip(Math.max(0, rate.size() - TREND_DAYS))
          .forEach(e -> last.put(e.getKey(), e.getValue()));
      trendList.add(new Trend(name, last));
    }
    return new Loaded(
        reconRows,
        kindRows,
        AgingStrip.counts(toWork.stream().map(ages::applyAsInt).toList(), Aging::bucket),
        trendList);
  }

  /** A run's match rate in per cent, one decimal. */
  private static BigDecimal percent(ReconRun r) {
    return BigDecimal.valueOf(r.matchRate() * 100).setScale(1, RoundingMode.HALF_EVEN);
  }

  public TableModel<ReconRow> recons() {
    return recons;
  }

  public TableModel<KindRow> kinds() {
    return kinds;
  }

  /** The breaks to work per aging bucket, in bucket order. */
  public ReadOnlyObjectProperty<Map<String, Long>> bucketsProperty() {
    return buckets.getReadOnlyProperty();
  }

  /** Each recon's match rate over its last run dates. */
  public ReadOnlyObjectProperty<List<Trend>> trendsProperty() {
    return trends.getReadOnlyProperty();
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }
}
