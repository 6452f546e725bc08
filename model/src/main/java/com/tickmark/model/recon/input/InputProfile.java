package com.tickmark.model.recon.input;

import com.tickmark.model.intake.IntakeField;
import com.tickmark.model.intake.IntakeProfile;
import java.util.EnumMap;
import java.util.Map;

/**
 * The built-in layout of a reconciliation input file: comma-separated with a header row naming
 * every field ({@link IntakeField#key()}), ISO dates, decimal points.
 *
 * @param <F> the kind's fields
 */
public record InputProfile<F extends Enum<F> & IntakeField>(String name, Class<F> fieldType)
    implements IntakeProfile<F> {
  /** The demo firm's brokers' confirmation layout. */
  public static final InputProfile<ConfirmationField> CONFIRMATIONS =
      new InputProfile<>("broker-confirmation", ConfirmationField.class);

  /** The demo firm's custodians' holdings layout. */
  public static final InputProfile<HoldingField> HOLDINGS =
      new InputProfile<>("custodian-holdings", HoldingField.class);

  @Override
  public boolean header() {
    return true;
  }

  @Override
  public char delimiter() {
    return ',';
  }

  @Override
  public char decimalSeparator() {
    return '.';
  }

  @Override
  public String datePattern() {
    return "yyyy-MM-dd";
  }

  @Override
  public String timePattern() {
    return ISO;
  }

  @Override
  public Map<F, String> columns() {
    Map<F, String> columns = new EnumMap<>(fieldType);
    for (F f : fieldType.getEnumConstants()) {
      columns.put(f, f.key());
    }
    return columns;
  }
}
