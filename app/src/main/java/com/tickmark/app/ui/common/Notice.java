package com.tickmark.app.ui.common;

import com.tickmark.model.approval.FourEyesViolationException;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.audit.DataVerification;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.AuthenticationException;
import com.tickmark.persistence.workspace.WorkspaceException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a screen tells the user about the last thing they did: a headline and a sentence, coloured
 * by kind. A service's refusal (no permission, the maker deciding their own request, a rule of the
 * business) is shown as the service wrote it; anything unexpected says what failed and what to do,
 * and goes to the log with its details.
 *
 * @param title a few words ("Request #3 approved"), or empty
 * @param text the sentence, or empty
 */
public record Notice(Kind kind, String title, String text) {
  private static final Logger LOG = LoggerFactory.getLogger(Notice.class);

  /** Colours the notice. */
  public enum Kind {
    INFO,
    SUCCESS,
    WARNING,
    ERROR
  }

  /** Nothing to say. */
  public static final Notice NONE = new Notice(Kind.INFO, "", "");

  public Notice {
    Objects.requireNonNull(kind, "kind");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }

  public static Notice info(String title, String text) {
    return new Notice(Kind.INFO, title, text);
  }

  public static Notice success(String title, String text) {
    return new Notice(Kind.SUCCESS, title, text);
  }

  public static Notice warning(String title, String text) {
    return new Notice(Kind.WARNING, title, text);
  }

  public static Notice error(String title, String text) {
    return new Notice(Kind.ERROR, title, text);
  }

  public boolean isEmpty() {
    return title.isEmpty() && text.isEmpty();
  }

  /**
   * The notice for {@code error}, which stopped {@code whatFailed} ("Could not approve request
   * #3"). Refusals carry a message written for the user; other errors are logged with their stack
   * trace.
   */
  public static Notice of(String whatFailed, Throwable error) {
    if (isRefusal(error) && error.getMessage() != null && !error.getMessage().isBlank()) {
      LOG.info("{}: {}", whatFailed, error.getMessage());
      return error(whatFailed, error.getMessage());
    }
    LOG.error("{}", whatFailed, error);
    String cause =
        error.getMessage() == null || error.getMessage().isBlank()
            ? error.getClass().getSimpleName()
            : error.getMessage().lines().findFirst().orElse("");
    return error(
        whatFailed,
        "Something unexpected went wrong ("
            + cause
            + "). Try again; if it keeps happening, send the log "
            + "from the workspace's logs folder to your support contact.");
  }

  /**
   * What a verification found, as a notice: how many records verified, or which record does not and
   * why, followed by {@code whatNext}.
   */
  public static Notice ofVerification(AuditVerification v, String whatNext) {
    if (v.isIntact()) {
      return success(
          "The audit trail is intact",
          v.recordsChecked()
              + " records verified: none was changed, removed or inserted"
              + v.latestAnchor()
                  .map(
                      a ->
                          "; checked against "
                              + v.anchorsChecked()
                              + " anchors kept outside the database, the newest at record "
                              + a.head().sequence()
                              + " ("
                              + a.occasion()
                              + ")")
                  .orElse("")
              + ".");
    }
    long bad = v.firstBadSequence().orElseThrow();
    if (bad == 0) {
      return error("The audit trail cannot be trusted", v.problem() + ".");
    }
    String problem = v.problem().isEmpty() ? "it does not verify" : v.problem();
    return error(
        "The audit trail does not verify at record " + bad,
        "Record "
            + bad
            + ": "
            + problem
            + (problem.endsWith(".") ? "" : ".")
            + (whatNext.isEmpty() ? "" : " " + whatNext));
  }

  /**
   * What a check of the stored records against the trail found: the chain's verdict if it does not
   * hold, else each area's summary and the records that differ.
   */
  public static Notice ofDataVerification(DataVerification d) {
    if (!d.chain().isIntact()) {
      return ofVerification(
          d.chain(), "The stored records can only be checked against a trail" + " that verifies.");
    }
    String text = String.join("\n", d.describe().subList(1, d.describe().size()));
    return d.isIntact()
        ? success("The stored records match the audit trail", text)
        : error("Records were changed behind the application's back", text);
  }

  /** Whether {@code error} is a refusal whose message is written for the user. */
  static boolean isRefusal(Throwable error) {
    return error instanceof AccessDeniedException
        || error instanceof FourEyesViolationException
        || error instanceof AuthenticationException
        || error instanceof WorkspaceException
        || error instanceof UncheckedIOException
        || error instanceof IllegalArgumentException
        || error instanceof IllegalStateException;
  }
}
