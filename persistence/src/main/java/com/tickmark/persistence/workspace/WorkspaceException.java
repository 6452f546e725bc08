package com.tickmark.persistence.workspace;

/**
 * A workspace could not be opened or used. The message is written for the user: it says what
 * happened and what to do.
 */
public final class WorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the workspace could not be used. */
  public enum Reason {
    /** Another Tickmark process has it open. */
    LOCKED,
    /** The database file is damaged or not a Tickmark database. */
    CORRUPT,
    /** A newer Tickmark wrote it; this version must not touch it. */
    NEWER_VERSION,
    /** The folder cannot be created, read or written. */
    INACCESSIBLE,
    /** The workspace is encrypted and its passphrase was not given or is wrong. */
    PASSPHRASE_NEEDED,
    /** A write was asked of a workspace opened to read while another program writes to it. */
    READ_ONLY,
    /** The program that had the workspace open for writing closed it while this one read it. */
    WRITER_GONE
  }

  private final Reason reason;

  public WorkspaceException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
