package com.tickmark.model.report.catalog;

import com.tickmark.model.report.Report;
import java.util.List;
import java.util.Map;

/**
 * A report the catalog offers: a stable name for the command line ({@code instrument-master}), a
 * title and description for people, its typed parameters, and how to build the {@link Report} from
 * checked parameters and the data of a {@link ReportContext}. Rendering to Excel or PDF is not its
 * business.
 */
public interface ReportDefinition {
  /** Lower-case words joined by dashes; what {@code tickmark report run NAME} takes. */
  String name();

  String title();

  /** One or two sentences: what the report shows and for whom. */
  String description();

  List<ReportParameterSpec> parameters();

  /** Builds the report from checked, typed parameters. */
  Report build(ParameterValues parameters, ReportContext context);

  /**
   * Checks and parses {@code parameters} (name to text, as given on the command line or a form) and
   * builds the report.
   *
   * @throws ReportParameterException when a parameter is unknown, missing or does not fit
   */
  default Report build(Map<String, String> parameters, ReportContext context) {
    return build(ParameterValues.parse(this, parameters, context), context);
  }

  /** The parameter with this name. */
  default ReportParameterSpec parameter(String name) {
    return parameters().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Report '" + name() + "' has no parameter '" + name + "'"));
  }
}
