package com.tickmark.model.recon.match;

import java.math.BigDecimal;

/** How far a compared field may differ between the sides and still match. */
public sealed interface Tolerance {
  String field();

  /**
   * A numeric field matches when |theirs − ours| is at most {@code absolute}, or at most {@code
   * relative} × |ours| (0.001 is 0.1%); either may be {@code null} (not used).
   */
  record Numeric(String field, BigDecimal absolute, BigDecimal relative) implements Tolerance {
    public Numeric {
      if (absolute == null && relative == null) {
        throw new IllegalArgumentException(
            "The tolerance on " + field + " needs an absolute or a relative bound");
      }
      if ((absolute != null && absolute.signum() < 0)
          || (relative != null && relative.signum() < 0)) {
        throw new IllegalArgumentException("The tolerance on " + field + " must not be negative");
      }
    }

    public static Numeric absolute(String field, String bound) {
      return new Numeric(field, new BigDecimal(bound), null);
    }

    public static Numeric relative(String field, String bound) {
      return new Numeric(field, null, new BigDecimal(bound));
    }

    boolean allows(BigDecimal ours, BigDecimal difference) {
      BigDecimal size = difference.abs();
      return (absolute != null && size.compareTo(absolute) <= 0)
          || (relative != null && size.compareTo(relative.multiply(ours.abs())) <= 0);
    }
  }

  /** A date field matches when the dates are at most {@code businessDays} business days apart. */
  record DateWindow(String field, int businessDays) implements Tolerance {
    public DateWindow {
      if (businessDays < 0) {
        throw new IllegalArgumentException("The date window on " + field + " must not be negative");
      }
    }
  }
}
