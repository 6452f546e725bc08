package com.tickmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.persistence.workspace.WorkspaceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
  @Test
  void showsAWorkspaceMessageAsItIsBecauseItSaysWhatToDo() {
    WorkspaceException locked =
        new WorkspaceException(
            WorkspaceException.Reason.LOCKED,
            "The workspace /w is already open in another Tickmark. Close that window first.",
            null);
    ErrorReport report =
        ErrorReport.of("Tickmark could not start", new RuntimeException("wrapped", locked));
    assertThat(report.headline()).isEqualTo("Tickmark could not start.");
    assertThat(report.explanation())
        .isEqualTo(
            "The workspace /w is already open in another Tickmark. Close that window first.");
  }

  @Test
  void explainsOtherErrorsInOneSentenceAndSaysWhatToDoButKeepsTheStackTraceInTheDetails() {
    Exception error =
        new IllegalStateException(
            "Query failed",
            new SQLException("Connection is broken: \"session closed\"\nmore lines"));
    ErrorReport report = ErrorReport.of("Loading reference data failed", error);
    assertThat(report.headline()).isEqualTo("Loading reference data failed.");
    assertThat(report.explanation())
        .isEqualTo(
            "The cause was: Connection is broken: \"session closed\". " + ErrorReport.WHAT_TO_DO)
        .doesNotContain("at com.")
        .doesNotContain("more lines");
    assertThat(report.details())
        .contains("java.lang.IllegalStateException: Query failed")
        .contains("Caused by: java.sql.SQLException")
        .contains("at com.tickmark.app.ui.ErrorReportTest");
  }

  @Test
  void namesTheKindOfErrorWhenThereIsNoMessage() {
    ErrorReport report = ErrorReport.of("Copying failed", new NullPointerException());
    assertThat(report.explanation())
        .startsWith("An unexpected error occurred (NullPointerException). Try again.");
  }

  @Test
  void domainValidationMessagesAreShownPlainly() {
    ErrorReport report =
        ErrorReport.of(
            "Saving failed", new IllegalArgumentException("BIC must be 8 or 11 characters"));
    assertThat(report.explanation()).startsWith("BIC must be 8 or 11 characters. Try again.");
  }
}
