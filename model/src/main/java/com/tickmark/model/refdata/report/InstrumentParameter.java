package com.tickmark.model.refdata.report;

import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.report.catalog.ParameterLookup;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.util.List;

/**
 * A report parameter naming an instrument by its symbol; a form offers the instruments the user
 * running the report may see. Reports of any area that take an instrument use this one.
 */
public final class InstrumentParameter implements ParameterLookup<Instrument> {
  private static final InstrumentParameter LOOKUP = new InstrumentParameter();

  private InstrumentParameter() {}

  /** A parameter whose value is the {@link Instrument} with the symbol the user gives. */
  public static ReportParameterSpec of(String name, String label, String description) {
    return ReportParameterSpec.lookup(name, label, description, LOOKUP);
  }

  @Override
  public String format() {
    return "instrument symbol";
  }

  @Override
  public String placeholder() {
    return "SYMBOL";
  }

  @Override
  public String prompt() {
    return "Type a symbol or a name";
  }

  @Override
  public List<Instrument> values(ReportContext context) {
    return context.reader(ReferenceDataReader.class).instruments();
  }

  @Override
  public String key(Instrument value) {
    return value.symbol();
  }

  @Override
  public String label(Instrument value) {
    return value.symbol() + " \u00b7 " + value.name();
  }

  @Override
  public String unknown(String key) {
    return "there is no instrument with the symbol '" + key + "'";
  }

  @Override
  public String whereListed() {
    return "the Reference data screen and the instrument-master report list the symbols";
  }
}
