package com.tickmark.model.recon.input;

import com.tickmark.model.intake.IntakeField;
import com.tickmark.model.intake.StandardCsvProfile;

/**
 * The built-in layout of a reconciliation input file: comma-separated with a header row naming
 * every field ({@link IntakeField#key()}), ISO dates, decimal points.
 *
 * @param <F> the kind's fields
 */
public record InputProfile<F extends Enum<F> & IntakeField>(String name, Class<F> fieldType)
    implements StandardCsvProfile<F> {
  /** The demo firm's brokers' confirmation layout. */
  public static final InputProfile<ConfirmationField> CONFIRMATIONS =
      new InputProfile<>("broker-confirmation", ConfirmationField.class);

  /** The demo firm's custodians' holdings layout. */
  public static final InputProfile<HoldingField> HOLDINGS =
      new InputProfile<>("custodian-holdings", HoldingField.class);
}
