package com.tickmark.model.refdata.report;

import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.RowMapper;
import com.tickmark.model.report.catalog.ParameterValues;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The brokers, custodians and banks the firm deals with, by role, with their LEI and BIC. */
public final class CounterpartyListReport implements ReportDefinition {
  public static final String NAME = "counterparty-list";
  public static final String ROLE = "role";
  static final String ALL = "all";

  private static final RowMapper<Counterparty> ROWS =
      RowMapper.<Counterparty>builder()
          .column(ReportColumn.text("Role"), c -> label(c.role()))
          .column(ReportColumn.text("Code"), Counterparty::code)
          .column(ReportColumn.text("Name"), Counterparty::name)
          .column(ReportColumn.text("LEI"), c -> c.lei().value())
          .column(ReportColumn.text("BIC"), c -> c.bic().value())
          .column(ReportColumn.text("Country"), c -> c.country().isEmpty() ? null : c.country())
          .column(ReportColumn.integer("Count"), c -> 1L)
          .build();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Counterparty list";
  }

  @Override
  public String description() {
    return "The brokers, custodians and banks the firm deals with, by role, with their legal entity"
        + " identifier (LEI), BIC and country.";
  }

  @Override
  public List<ReportParameterSpec> parameters() {
    List<ReportParameterSpec.Choice> choices = new ArrayList<>();
    choices.add(new ReportParameterSpec.Choice(ALL, "All roles"));
    for (CounterpartyRole r : CounterpartyRole.values()) {
      choices.add(new ReportParameterSpec.Choice(r.name().toLowerCase(Locale.ROOT), plural(r)));
    }
    return List.of(
        ReportParameterSpec.choice(ROLE, "Role", "Only counterparties in this role.", choices)
            .withDefault(ALL));
  }

  /** BROKER → Broker. */
  static String label(CounterpartyRole role) {
    return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
  }

  private static String plural(CounterpartyRole role) {
    return label(role) + "s";
  }

  @Override
  public Report build(ParameterValues parameters, ReportContext context) {
    ReportParameterSpec.Choice choice = parameters.choice(ROLE).orElseThrow();
    CounterpartyRole only =
        choice.value().equals(ALL)
            ? null
            : CounterpartyRole.valueOf(choice.value().toUpperCase(Locale.ROOT));
    List<Counterparty> counterparties =
        context.reader(ReferenceDataReader.class).counterparties().stream()
            .filter(c -> only == null || c.role() == only)
            .sorted(Comparator.comparing(Counterparty::role).thenComparing(Counterparty::code))
            .toList();
    return Report.builder(title())
        .subtitle(only == null ? "Brokers, custodians and banks" : plural(only))
        .asOf(context.businessDate())
        .parameter("Role", choice.label())
        .runBy(context.actor().username(), context.runAt())
        .section(
            ROWS.section("Counterparties", counterparties).groupBy("Role").totals("Count").build())
        .build();
  }
}
