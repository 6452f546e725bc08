package com.tickmark.app.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.AppServices;
import com.tickmark.app.StandardAreas;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.RowMapper;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.PasswordHasher;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.time.EndOfDayStep;
import com.tickmark.model.time.RollBusinessDate;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new area plugs in by being listed, without a field anywhere shared: its report reaches the
 * catalog and reads through the reader the area contributes, and its end-of-day step runs before
 * the business date moves on.
 */
class AreaPlugInTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-11-20T18:00:00Z"), ZoneOffset.UTC);
  private static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  @TempDir Path dir;

  /** What the ledger's reports would read through. */
  interface BalanceReader {
    List<String> accounts();
  }

  /** A stand-in for a coming area: one report, one reader, one end-of-day step. */
  static final class LedgerArea implements Area {
    final List<String> posted = new ArrayList<>();

    @Override
    public List<ReportDefinition> reports() {
      return List.of(new TrialBalance());
    }

    @Override
    public AreaServices open(AppServices platform) {
      return new AreaServices() {
        @Override
        public void addReportReaders(Actor actor, ReportContext.Builder context) {
          context.reader(BalanceReader.class, () -> List.of("cash " + actor.username()));
        }

        @Override
        public List<EndOfDayStep> endOfDaySteps() {
          return List.of(
              EndOfDayStep.of(
                  "Post the day",
                  (actor, reason) -> {
                    posted.add(reason);
                    return "Posted the day.";
                  }));
        }
      };
    }
  }

  static final class TrialBalance implements ReportDefinition {
    @Override
    public String name() {
      return "plug-in-summary";
    }

    @Override
    public String title() {
      return "Plug-in summary";
    }

    @Override
    public String description() {
      return "Every account's balance.";
    }

    @Override
    public List<ReportParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Report build(ParameterValues parameters, ReportContext context) {
      RowMapper<String> rows =
          RowMapper.<String>builder().column(ReportColumn.text("Account"), a -> a).build();
      return Report.builder(title())
          .runBy(context.actor().username(), context.runAt())
          .section(rows.section("Accounts", context.reader(BalanceReader.class).accounts()).build())
          .build();
    }
  }

  private AppServices services(Workspace workspace, LedgerArea ledger) {
    List<Area> areas = new ArrayList<>(StandardAreas.all());
    areas.add(ledger);
    return AppServices.of(
        workspace, CLOCK, new PasswordHasher(1_000, new SecureRandom()), List.copyOf(areas));
  }

  @Test
  void anAreasReportIsInTheCatalogAndReadsThroughTheReaderItContributes() {
    try (Workspace workspace = Workspace.open(dir);
        AppServices services = services(workspace, new LedgerArea())) {
      ReportDefinition report = services.reportCatalog().get("plug-in-summary");
      Report built = report.build(Map.of(), services.reportContext(CLERK));
      try (var rows = built.sections().get(0).rows()) {
        assertThat(rows.map(r -> r.cells().get(0))).containsExactly("cash clerk");
      }
      assertThat(services.reportCatalog().find("price-history")).isPresent();
    }
  }

  @Test
  void anAreasEndOfDayStepRunsBeforeTheBusinessDateMovesOn() {
    LedgerArea ledger = new LedgerArea();
    try (Workspace workspace = Workspace.open(dir);
        AppServices services = services(workspace, ledger)) {
      List<EndOfDayStep> steps = services.endOfDay().steps();
      // the ledger's posting, then the plugged-in area's step, then the roll
      assertThat(steps).hasSize(3);
      assertThat(steps.get(2)).isInstanceOf(RollBusinessDate.class);
      assertThat(steps.get(1).run(CLERK, "end of day")).isEqualTo("Posted the day.");
      assertThat(ledger.posted).containsExactly("end of day");
    }
  }

  @Test
  void theTradeAreaIsFoundByItsServicesType() {
    try (Workspace workspace = Workspace.open(dir);
        AppServices services = services(workspace, new LedgerArea())) {
      assertThat(services.area(TradeServices.class).trades()).isSameAs(services.trades());
      assertThatThrownBy(() -> services.area(UnregisteredServices.class))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  interface UnregisteredServices extends AreaServices {}
}
