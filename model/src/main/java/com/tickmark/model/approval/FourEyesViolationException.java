package com.tickmark.model.approval;

/** The maker of a request tried to decide it; a different person must. */
public final class FourEyesViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FourEyesViolationException(String message) {
    super(message);
  }
}
