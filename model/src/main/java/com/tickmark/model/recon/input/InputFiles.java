package com.tickmark.model.recon.input;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeField;
import com.tickmark.model.intake.IntakeFiles;
import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.intake.IntakeLayout;
import com.tickmark.model.intake.IntakeOutcome;
import com.tickmark.model.intake.IntakeProfile;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.intake.IntakeRun;
import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Imports one kind of reconciliation input file through the intake pipeline ({@link Intake}): each
 * line checked ({@code FILE:LINE: field: message}), each file stored all or nothing with one audit
 * record, and refused a second time (same SHA-256).
 *
 * @param <F> the kind's fields
 * @param <T> the kind's line
 */
public final class InputFiles<F extends Enum<F> & IntakeField, T> {
  /** The audit trail's entity for a saved layout. */
  public static final String LAYOUT_ENTITY = "InputLayout";

  private final InputKind kind;
  private final IntakeProfile<F> profile;
  private final Function<String, Intake.Mapper<F, T>> mappers;
  private final IntakeTarget<T> target;
  private final ReconInputStore store;
  private final IntakeJournal journal;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final Intake<F, T> intake;

  InputFiles(
      InputKind kind,
      IntakeProfile<F> profile,
      Function<String, Intake.Mapper<F, T>> mappers,
      IntakeTarget<T> target,
      ReconInputStore store,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.kind = kind;
    this.profile = profile;
    this.mappers = mappers;
    this.target = target;
    this.store = store;
    this.journal = store.journal();
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.intake = new Intake<>(target, journal, tx, clock);
  }

  public InputKind kind() {
    return kind;
  }

  /** Rolls back the imports of this kind a process that died part-way left unfinished. */
  List<IntakeRun> recoverUnfinished() {
    return new IntakeRecovery(journal, tx, audit, clock).recover(target);
  }

  /**
   * Imports {@code files} in the order given, each all or nothing. Every file is checked first: if
   * any has a problem, or is a repeat when {@code skipRepeats} is false, nothing at all is written
   * and the results say why. With {@code skipRepeats}, a file imported before is passed over (its
   * result names the earlier import).
   */
  public List<InputImportResult> importFiles(Actor actor, List<Path> files, boolean skipRepeats) {
    return importFiles(actor, files, skipRepeats, ImportMonitor.NONE);
  }

  /**
   * {@link #importFiles(Actor, List, boolean)}, reporting each file's reading to {@code monitor},
   * which may cancel it: a cancelled import writes nothing of the file it was reading.
   */
  public List<InputImportResult> importFiles(
      Actor actor, List<Path> files, boolean skipRepeats, ImportMonitor monitor) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    List<InputImportResult> checked = new ArrayList<>();
    boolean refused = false;
    for (Path file : files) {
      InputImportResult r = run(actor, file, ImportMode.PREVIEW, monitor);
      checked.add(r);
      refused |= !r.problems().isEmpty() || (r.earlier() != null && !skipRepeats);
    }
    if (refused) {
      return checked;
    }
    List<InputImportResult> results = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      InputImportResult c = checked.get(i);
      // asked again: an earlier file of the folder may have had the same bytes (a header alone)
      Optional<InputImport> earlier = store.findBySha256(kind, IntakeFiles.sha256(files.get(i)));
      results.add(
          earlier.isPresent()
              ? new InputImportResult(c.fileName(), c.location(), List.of(), null, earlier.get())
              : run(actor, files.get(i), ImportMode.ALL_OR_NOTHING, monitor));
    }
    return results;
  }

  /**
   * The layouts saved for this kind's files, by broker or custodian code: a file whose name starts
   * with a code that has one is read with it, any other with the built-in layout.
   */
  public Map<String, InputLayout<F>> layouts(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    Map<String, InputLayout<F>> layouts = new TreeMap<>();
    store.layouts(kind).forEach((name, text) -> layouts.put(name, parse(name, text)));
    return layouts;
  }

  /**
   * Saves {@code properties} as the layout of the files of the broker or custodian {@code name}
   * (refused with a sentence when it is not one); audited with the layout before and after.
   */
  public InputLayout<F> saveLayout(Actor actor, String name, String properties) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    String code = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    InputLayout<F> layout = parse(code, properties);
    String before = store.layouts(kind).getOrDefault(code, "");
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    tx.run(
        () -> {
          store.saveLayout(kind, code, layout.toProperties(), actor.username(), now);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  LAYOUT_ENTITY,
                  kind.name() + "/" + code,
                  AuditAction.CONFIGURE,
                  before,
                  layout.toProperties(),
                  kind.noun() + " layout of " + code + " saved"));
        });
    return layout;
  }

  private InputLayout<F> parse(String name, String properties) {
    return InputLayout.parse(profile.fieldType(), name, properties);
  }

  /** The layout {@code fileName} is read with: its sender's, else the built-in one. */
  private IntakeProfile<F> layoutOf(String fileName) {
    int end = fileName.indexOf('_');
    String code = end < 0 ? "" : fileName.substring(0, end).toUpperCase(Locale.ROOT);
    String saved = store.layouts(kind).get(code);
    return saved == null ? profile : parse(code, saved);
  }

  private InputImportResult run(Actor actor, Path file, ImportMode mode, ImportMonitor monitor) {
    String fileName = file.getFileName().toString();
    IntakeProfile<F> layout = layoutOf(fileName);
    if (IntakeFiles.headerLine(file).isBlank()) {
      throw new ImportRefusedException(
          fileName + " is empty: it must start with its header row; nothing was written.");
    }
    String sha256 = IntakeFiles.sha256(file);
    InputImport earlier = store.findBySha256(kind, sha256).orElse(null);
    Intake.refuseRepeat(
        fileName,
        Optional.ofNullable(earlier)
            .map(
                e ->
                    new Intake.Earlier(
                        e.id(), e.fileName(), e.importedBy(), e.importedAt(), e.lines())),
        mode,
        kind.noun());
    InputImport[] record = {null};
    IntakeOutcome<T> outcome =
        intake.run(
            new IntakeRequest(file.toString(), fileName, sha256, actor.username(), mode, 0, false),
            layout,
            IntakeFiles.rows(file, null, IntakeLayout.of(layout), monitor),
            layout instanceof InputLayout<F> own && !own.isoValues()
                ? own.reading(mappers.apply(fileName))
                : mappers.apply(fileName),
            null,
            monitor,
            o -> record[0] = commit(actor, o));
    return new InputImportResult(fileName, file.toString(), outcome.problems(), record[0], earlier);
  }

  /** Records the import and its audit record, in the pipeline's last transaction. */
  private InputImport commit(Actor actor, IntakeOutcome<T> o) {
    InputImport r =
        new InputImport(
            store.nextImportId(),
            kind,
            o.fileName(),
            o.sha256(),
            actor.username(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            o.loaded(),
            o.lastId() == null ? null : o.firstId(),
            o.lastId());
    store.recordImport(r);
    audit.append(
        new AuditEvent(
            actor.username(),
            r.importedAt(),
            kind.entity(),
            Long.toString(r.id()),
            AuditAction.IMPORT,
            "",
            Json.write(r),
            kind.reason()));
    return r;
  }
}
