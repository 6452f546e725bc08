package com.tickmark.app.ui;

import com.tickmark.persistence.workspace.WorkspaceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;

/**
 * What an error dialog says: a headline naming what failed, an explanation that says what happened
 * and what to do, and technical details for support (shown collapsed, never in the main text).
 *
 * @param headline what failed, as a sentence: "Could not load reference data."
 * @param explanation what happened and what the user can do about it
 * @param details the exception chain with its stack trace
 */
public record ErrorReport(String headline, String explanation, String details) {
  static final String WHAT_TO_DO =
      "Try again. If it keeps happening, send the details below to your support contact.";

  public ErrorReport {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(details, "details");
  }

  /**
   * The report for {@code error} that happened while doing {@code whatFailed}. Messages written for
   * users (a {@link WorkspaceException} says what happened and what to do) are shown as they are;
   * for anything else the explanation gives the cause in one line and what to do.
   */
  public static ErrorReport of(String whatFailed, Throwable error) {
    String headline = sentence(whatFailed);
    WorkspaceException workspace = find(error, WorkspaceException.class);
    String explanation;
    if (workspace != null) {
      explanation = workspace.getMessage();
    } else {
      explanation = describe(error) + " " + WHAT_TO_DO;
    }
    return new ErrorReport(headline, explanation, details(error));
  }

  /** The cause in one sentence, from the innermost exception that carries a message. */
  static String describe(Throwable error) {
    String message = null;
    Throwable named = error;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
        named = t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (message == null) {
      return "An unexpected error occurred (" + error.getClass().getSimpleName() + ").";
    }
    String firstLine = message.lines().findFirst().orElse(message).trim();
    if (firstLine.length() > 300) {
      firstLine = firstLine.substring(0, 297) + "...";
    }
    if (named instanceof IllegalArgumentException || named instanceof IllegalStateException) {
      return sentence(firstLine);
    }
    return sentence("The cause was: " + firstLine);
  }

  private static String sentence(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return t;
    }
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' ? t : t + ".";
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static String details(Throwable error) {
    StringWriter out = new StringWriter();
    error.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
