package com.tickmark.app.area;

import com.tickmark.app.AppServices;
import com.tickmark.model.intake.IntakeFileResult;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A folder of the workspace's {@code inbox/} that an area reads (see {@link Area#inboxFolders()}),
 * as {@code tickmark import inbox} takes it: the folder's files of the kind, imported by the user
 * who holds {@code permission} through the same intake pipeline as the area's {@code import}
 * command, the folder all or nothing, a file imported before passed over.
 *
 * @param folder the folder's name inside the inbox, "settlement"
 * @param kind what its files are, in the plural, "settlement status files"
 * @param rows what the files' rows are called, "status lines"
 * @param extensions the file name endings the kind reads, in lower case, ".csv"
 */
public record InboxFolder(
    String folder,
    String kind,
    String rows,
    Permission permission,
    List<String> extensions,
    Importer importer) {
  public InboxFolder {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(permission, "permission");
    extensions = List.copyOf(extensions);
    Objects.requireNonNull(importer, "importer");
  }

  /** Imports a folder's files. */
  @FunctionalInterface
  public interface Importer {
    /**
     * Checks {@code files} (in that order) and imports them for {@code actor}, passing over each
     * one imported before: when any has a problem, none is written and the results say why.
     *
     * @throws com.tickmark.model.intake.ImportRefusedException a file is refused as a whole
     *     (unreadable, empty); nothing was written
     */
    List<? extends IntakeFileResult<?>> run(AppServices services, Actor actor, List<Path> files);
  }

  /** The extension of CSV files. */
  public static final List<String> CSV = List.of(".csv");

  /** The folder's files of the kind, by name ({@link #filesIn}). */
  public List<Path> files(Path dir) throws IOException {
    return filesIn(dir, extensions);
  }

  /**
   * The files of {@code dir} whose names end in one of {@code extensions} (in any case), by name;
   * not the problem reports the trade import writes next to a file ({@code FILE.problems.csv}).
   */
  public static List<Path> filesIn(Path dir, List<String> extensions) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !name.endsWith(".problems.csv")
                    && extensions.stream().anyMatch(name::endsWith);
              })
          .sorted()
          .toList();
    }
  }
}
