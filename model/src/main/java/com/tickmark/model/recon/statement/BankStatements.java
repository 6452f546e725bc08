package com.tickmark.model.recon.statement;

import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.MonitoredInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a bank statement file, MT940 or camt.053 (told apart by its first character: XML starts
 * with {@code <}), strictly, and checks its integrity ({@link StatementChecks}): one currency per
 * statement, opening plus movements is closing, and continuity between the statements of one
 * account. Any problem refuses the whole file; each names its line and field ({@code FILE:LINE:
 * field: message}, as every file the firm receives). Nothing is stored.
 */
public final class BankStatements {
  private BankStatements() {}

  /**
   * Reads {@code file}.
   *
   * @throws UncheckedIOException the file cannot be read (the message names it)
   */
  public static BankFile read(Path file) {
    return read(file, ImportMonitor.NONE);
  }

  /**
   * Reads {@code file}, reporting the bytes read to {@code monitor}.
   *
   * @throws UncheckedIOException the file cannot be read (the message names it)
   * @throws java.util.concurrent.CancellationException {@code monitor} asked to stop
   */
  public static BankFile read(Path file, ImportMonitor monitor) {
    try (InputStream in =
        new MonitoredInputStream(Files.newInputStream(file), Files.size(file), monitor)) {
      return read(file.getFileName().toString(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a file named {@code fileName} with {@code content}. */
  public static BankFile read(String fileName, byte[] content) {
    List<ImportProblem> problems = new ArrayList<>();
    List<BankStatement> statements;
    BankFile.Format format;
    String version = null;
    if (isXml(content)) {
      format = BankFile.Format.CAMT053;
      Camt053Reader reader = new Camt053Reader(problems);
      statements = reader.read(content);
      version = reader.version();
    } else {
      format = BankFile.Format.MT940;
      statements = new Mt940Reader(problems).read(text(content).lines().toList());
    }
    if (problems.isEmpty()) {
      StatementChecks.check(statements, problems);
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(ImportProblem::line));
      statements = List.of();
    }
    return new BankFile(fileName, format, version, statements, problems);
  }

  private static boolean isXml(byte[] content) {
    int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF ? 3 : 0;
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    return i < content.length && content[i] == '<';
  }

  /** The text as UTF-8, or as Latin-1 when it is not (older banks' files). */
  private static String text(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(content))
          .toString()
          .replace("\uFEFF", "");
    } catch (CharacterCodingException e) {
      return new String(content, StandardCharsets.ISO_8859_1);
    }
  }
}
