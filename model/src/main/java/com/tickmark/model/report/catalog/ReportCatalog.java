package com.tickmark.model.report.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every report the application offers, by name. The Reports screen lists it and {@code tickmark
 * report list} prints it; {@code tickmark report run NAME} finds a report here. The catalog knows
 * no business area: each area keeps its report definitions in its own package and the composition
 * root assembles the catalog from what the areas contribute.
 */
public final class ReportCatalog {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final List<ReportDefinition> reports;

  public ReportCatalog(List<? extends ReportDefinition> reports) {
    Set<String> names = new HashSet<>();
    for (ReportDefinition r : reports) {
      if (!NAME.matcher(r.name()).matches()) {
        throw new IllegalArgumentException(
            "Report name '" + r.name() + "' must be lower-case words joined by dashes");
      }
      if (!names.add(r.name())) {
        throw new IllegalArgumentException("Two reports are named '" + r.name() + "'");
      }
      Set<String> parameters = new HashSet<>();
      for (ReportParameterSpec p : r.parameters()) {
        if (!parameters.add(p.name())) {
          throw new IllegalArgumentException(
              "Report '" + r.name() + "' has two parameters named '" + p.name() + "'");
        }
      }
    }
    List<ReportDefinition> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(ReportDefinition::name));
    this.reports = List.copyOf(sorted);
  }

  /** Every report, by name. */
  public List<ReportDefinition> reports() {
    return reports;
  }

  public Optional<ReportDefinition> find(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return reports.stream().filter(r -> r.name().equals(wanted)).findFirst();
  }

  /**
   * The report with this name.
   *
   * @throws IllegalArgumentException saying which reports there are, when there is none by that
   *     name
   */
  public ReportDefinition get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no report '"
                        + name
                        + "'; the reports are "
                        + reports.stream()
                            .map(ReportDefinition::name)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}
