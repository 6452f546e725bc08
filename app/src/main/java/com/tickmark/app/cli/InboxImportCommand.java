package com.tickmark.app.cli;

import com.tickmark.app.StandardAreas;
import com.tickmark.app.area.InboxFolder;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.intake.IntakeFileResult;
import com.tickmark.model.security.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark import inbox}: every folder of the workspace's inbox that an area reads ({@code
 * Area.inboxFolders()}), each with its kind, through the intake pipeline. A folder is all or
 * nothing, as {@code import settlements|confirms|holdings|statement DIR} takes it; the folders are
 * independent of each other, so one refused file holds back its own folder, not the morning's other
 * files.
 */
@Command(
    name = "inbox",
    mixinStandardHelpOptions = true,
    description = {
      "Imports the workspace's whole inbox/, each folder with its kind (settlement/: settlement"
          + " status files; confirmations/: broker confirmations; custody/: custodian holdings;"
          + " bank/: bank statements), the files of a folder in name order. A file imported before"
          + " (the same content) is passed over.",
      "Each folder is all or nothing, as 'import KIND DIR' takes it: any problem"
          + " (FILE:LINE: field: message) writes nothing of that folder; the other folders are"
          + " still imported. Prints a line per folder (and any statement stored and flagged) and"
          + " the totals; exits 1 when a folder was"
          + " refused or not the user's to import (its permission named), 0 otherwise, also when"
          + " there was nothing new."
    })
public final class InboxImportCommand implements Callable<Integer> {
  @ParentCommand ImportCommand parent;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      Path inbox = session.services().inbox();
      Totals totals = new Totals();
      for (InboxFolder folder :
          StandardAreas.all().stream().flatMap(a -> a.inboxFolders().stream()).toList()) {
        importFolder(root, session, actor, inbox.resolve(folder.folder()), folder, totals);
      }
      root.out.printf(
          Locale.ROOT,
          "Inbox %s: %d files imported, %d passed over as imported before%s.%n",
          inbox,
          totals.imported,
          totals.passedOver,
          totals.refused == 0
              ? ""
              : String.format(
                  Locale.ROOT,
                  "; %d %s not imported",
                  totals.refused,
                  totals.refused == 1 ? "folder" : "folders"));
      return totals.refused == 0 ? TickmarkCommand.OK : TickmarkCommand.USER_ERROR;
    }
  }

  /** What the folders came to. */
  private static final class Totals {
    int imported;
    int passedOver;
    int refused;
  }

  private static void importFolder(
      TickmarkCommand root,
      Session session,
      Actor actor,
      Path dir,
      InboxFolder folder,
      Totals totals) {
    String label = folder.folder() + "/ (" + folder.kind() + ")";
    List<Path> files =
        Files.isDirectory(dir) ? FileImportReport.filesIn(dir, folder.extensions()) : List.of();
    if (files.isEmpty()) {
      root.out.println(label + ": no files.");
      return;
    }
    if (!actor.may(folder.permission())) {
      totals.refused++;
      root.err.printf(
          "tickmark: %s: not imported: %s may not import %s (%s).%n",
          label, actor.username(), folder.kind(), folder.permission());
      return;
    }
    List<? extends IntakeFileResult<?>> results;
    try {
      results = folder.importer().run(session.services(), actor, files);
    } catch (ImportRefusedException e) {
      totals.refused++;
      root.err.println("tickmark: " + label + ": " + e.getMessage());
      return;
    }
    List<String> problems =
        results.stream()
            .flatMap(r -> r.problems().stream().map(p -> p.describe(r.location())))
            .toList();
    if (!problems.isEmpty()) {
      totals.refused++;
      FileImportReport.printProblems(root.err, problems);
      root.err.printf(
          Locale.ROOT,
          "tickmark: %s: %,d %s in %d of %d files; nothing of %s/ was written.%n",
          label,
          problems.size(),
          problems.size() == 1 ? "problem" : "problems",
          results.stream().filter(r -> !r.problems().isEmpty()).count(),
          files.size(),
          folder.folder());
      return;
    }
    List<? extends IntakeFileResult<?>> written =
        results.stream().filter(IntakeFileResult::written).toList();
    int passedOver = results.size() - written.size();
    totals.imported += written.size();
    totals.passedOver += passedOver;
    root.out.printf(
        Locale.ROOT,
        "%s: %d %s imported (%,d %s), %d passed over as imported before.%n",
        label,
        written.size(),
        written.size() == 1 ? "file" : "files",
        written.stream().mapToInt(r -> r.record().rows()).sum(),
        folder.rows(),
        passedOver);
    written.forEach(r -> r.notes().forEach(n -> root.out.println("  " + n)));
  }
}
