package com.tickmark.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A report as the business builds it: what it is, the parameters it was run with, its tables, notes
 * and charts. Renderers in the reports module turn it into Excel and PDF; nothing here knows about
 * either.
 *
 * <p>Who ran the report and when are part of the report, never read from the wall clock by a
 * renderer: pass the instant from the caller's {@link java.time.Clock}.
 *
 * @param subtitle a line under the title, or empty
 * @param parameters the parameters the report was run with, in the order they are shown; see {@link
 *     #allParameters()} for the list that includes who ran it and when
 * @param notes paragraphs shown after the parameters (Excel) and after the tables (PDF)
 */
public record Report(
    String title,
    String subtitle,
    List<ReportParameter> parameters,
    List<ReportSection> sections,
    List<String> notes,
    List<ReportChart> charts,
    String runBy,
    Instant runAt) {

  public static final String RUN_BY = "Run by";
  public static final String RUN_AT = "Run at";

  public Report {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A report needs a title");
    }
    subtitle = subtitle == null ? "" : subtitle;
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    charts = List.copyOf(Objects.requireNonNull(charts, "charts"));
    if (runBy == null || runBy.isBlank()) {
      throw new IllegalArgumentException("Report '" + title + "' must say who ran it");
    }
    Objects.requireNonNull(runAt, "Report '" + title + "' must say when it was run");
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("Report '" + title + "' needs at least one section");
    }
    Set<String> names = new HashSet<>();
    for (ReportSection section : sections) {
      if (!names.add(section.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Report '" + title + "' has two sections named '" + section.name() + "'");
      }
    }
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** The parameters followed by who ran the report and when, as shown at its top. */
  public List<ReportParameter> allParameters() {
    List<ReportParameter> all = new ArrayList<>(parameters);
    all.add(ReportParameter.of(RUN_BY, runBy));
    all.add(ReportParameter.of(RUN_AT, runAt));
    return List.copyOf(all);
  }

  /** Builds a report; {@link #runBy(String, Instant)} and at least one section are required. */
  public static final class Builder {
    private final String title;
    private String subtitle = "";
    private final List<ReportParameter> parameters = new ArrayList<>();
    private final List<ReportSection> sections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ReportChart> charts = new ArrayList<>();
    private String runBy;
    private Instant runAt;

    private Builder(String title) {
      this.title = title;
    }

    public Builder subtitle(String text) {
      subtitle = text;
      return this;
    }

    /** Adds a parameter shown as "label: value"; filters applied are parameters too. */
    public Builder parameter(String label, Object value) {
      parameters.add(ReportParameter.of(label, value));
      return this;
    }

    public Builder asOf(LocalDate date) {
      return parameter("As of", date);
    }

    /** Adds the period as "From" and "To" dates. */
    public Builder period(LocalDate from, LocalDate to) {
      Objects.requireNonNull(from, "start of period");
      Objects.requireNonNull(to, "end of period");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException(
            "Report '" + title + "': the period ends (" + to + ") before it starts (" + from + ")");
      }
      parameter("From", from);
      return parameter("To", to);
    }

    /** Who ran the report, and the instant it was run (from the caller's clock). */
    public Builder runBy(String user, Instant at) {
      runBy = user;
      runAt = at;
      return this;
    }

    public Builder section(ReportSection section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    public Builder note(String note) {
      if (note == null || note.isBlank()) {
        throw new IllegalArgumentException("A report note must not be empty");
      }
      notes.add(note);
      return this;
    }

    public Builder chart(ReportChart chart) {
      charts.add(Objects.requireNonNull(chart, "chart"));
      return this;
    }

    public Report build() {
      return new Report(title, subtitle, parameters, sections, notes, charts, runBy, runAt);
    }
  }
}
