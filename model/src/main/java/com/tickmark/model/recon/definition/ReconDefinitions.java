package com.tickmark.model.recon.definition;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The recons the workspace runs: those Tickmark ships, each with the settings the firm changed
 * (title, write-off limit, matching passes), which are kept in the workspace, versioned and
 * audited. Changing them takes MANAGE_REFERENCE_DATA: the rules that decide what is a break are not
 * changed by those who work the breaks.
 */
public final class ReconDefinitions {
  public static final String ENTITY = "ReconDefinition";

  private final ReconDefinitionStore store;
  private final Supplier<List<Recon>> builtIns;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;

  /**
   * @param builtIns the recons Tickmark ships, read afresh each time (their alias tables follow the
   *     reference data)
   */
  public ReconDefinitions(
      ReconDefinitionStore store,
      Supplier<List<Recon>> builtIns,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.store = store;
    this.builtIns = builtIns;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** The recons, in the order they run, each with the firm's settings where it changed them. */
  public List<Recon> recons() {
    Map<String, StoredDefinition> changed =
        store.all().stream()
            .collect(Collectors.toMap(StoredDefinition::recon, Function.identity()));
    List<Recon> recons = new ArrayList<>();
    for (Recon r : builtIns.get()) {
      StoredDefinition d = changed.get(r.name());
      recons.add(d == null ? r : applied(d, r));
    }
    return recons;
  }

  private static Recon applied(StoredDefinition d, Recon builtIn) {
    try {
      return Json.read(d.settings(), ReconSettings.class).applyTo(builtIn);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The settings of recon "
              + d.recon()
              + " kept in the workspace no longer fit it ("
              + e.getMessage()
              + "); reset them with recon definition reset "
              + d.recon()
              + ".",
          e);
    }
  }

  /** The recon's settings now, and their version (0: as shipped). */
  public record Current(ReconSettings settings, int version, boolean changed) {}

  public Current current(Actor actor, String recon) {
    actor.require(Permission.VIEW_DATA);
    Recon r = find(recons(), recon);
    return store.all().stream()
        .filter(d -> d.recon().equals(recon))
        .findFirst()
        .map(d -> new Current(ReconSettings.of(r), d.version(), true))
        .orElseGet(() -> new Current(ReconSettings.of(r), 0, false));
  }

  /**
   * Changes {@code recon}'s settings, decided on {@code expectedVersion} (refused if someone
   * changed them since); refused with a sentence when they do not fit the recon. Audited with the
   * settings before and after.
   */
  public Recon change(Actor actor, String recon, ReconSettings settings, int expectedVersion) {
    actor.require(Permission.MANAGE_REFERENCE_DATA);
    Current before = current(actor, recon);
    if (before.version() != expectedVersion) {
      throw new IllegalStateException(
          "Recon "
              + recon
              + " was changed meanwhile (now version "
              + before.version()
              + "); look at its settings again.");
    }
    Recon builtIn = find(builtIns.get(), recon);
    Recon made = settings.applyTo(builtIn); // refuses what does not fit
    ReconSettings kept = ReconSettings.of(made);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String json = Json.write(kept);
    tx.run(
        () -> {
          store.save(new StoredDefinition(recon, json, expectedVersion + 1, actor.username(), now));
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  ENTITY,
                  recon,
                  AuditAction.CONFIGURE,
                  Json.write(before.settings()),
                  json,
                  "recon " + recon + " settings changed (version " + (expectedVersion + 1) + ")"));
        });
    return made;
  }

  /** Puts {@code recon} back to its settings as shipped. Audited. */
  public Recon reset(Actor actor, String recon) {
    actor.require(Permission.MANAGE_REFERENCE_DATA);
    Current before = current(actor, recon);
    Recon builtIn = find(builtIns.get(), recon);
    if (!before.changed()) {
      return builtIn;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    tx.run(
        () -> {
          store.delete(recon);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  ENTITY,
                  recon,
                  AuditAction.CONFIGURE,
                  Json.write(before.settings()),
                  Json.write(ReconSettings.of(builtIn)),
                  "recon " + recon + " settings put back as shipped"));
        });
    return builtIn;
  }

  private static Recon find(List<Recon> recons, String name) {
    return recons.stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "There is no recon '"
                        + name
                        + "'; there are "
                        + recons.stream().map(Recon::name).collect(Collectors.joining(", "))
                        + "."));
  }
}
