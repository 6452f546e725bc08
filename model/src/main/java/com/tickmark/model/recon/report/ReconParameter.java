package com.tickmark.model.recon.report;

import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.report.catalog.ParameterLookup;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.util.List;

/**
 * The {@code recon} parameter of the recon reports: one recon by its name, or every recon when it
 * is not given; a form offers the recons the workspace runs.
 */
final class ReconParameter implements ParameterLookup<Recon> {
  static final String NAME = "recon";
  private static final ReconParameter LOOKUP = new ReconParameter();

  private ReconParameter() {}

  static ReportParameterSpec spec() {
    return ReportParameterSpec.lookup(NAME, "Recon", "Only this recon.", LOOKUP)
        .withDefaultDescribed("every recon");
  }

  @Override
  public String format() {
    return "recon name";
  }

  @Override
  public String placeholder() {
    return "NAME";
  }

  @Override
  public String prompt() {
    return "Every recon, or type a recon's name";
  }

  @Override
  public List<Recon> values(ReportContext context) {
    return context.reader(ReconReader.class).recons();
  }

  @Override
  public String key(Recon value) {
    return value.name();
  }

  @Override
  public String label(Recon value) {
    return value.name() + " \u00b7 " + value.title();
  }

  @Override
  public String unknown(String key) {
    return "there is no recon '" + key + "'";
  }

  @Override
  public String whereListed() {
    return "tickmark recon list lists the recons";
  }
}
