package com.tickmark.model.recon.alias;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The firm's recon aliases (reference data of the reconciliations): listed by anyone who may view
 * data, added and removed by those who work the reconciliations, each change audited. The one table
 * today is {@link #COUNTERPARTY_NAMES}: a counterparty's name as its banks spell it, standing for
 * the counterparty's code, so that the cash recon's counterparty passes see them as one.
 */
public final class ReconAliases {
  /** The alias table of counterparty names: alias → counterparty code. */
  public static final String COUNTERPARTY_NAMES = "counterparty names";

  public static final String ENTITY = "ReconAlias";

  private final ReconAliasStore store;
  private final Supplier<List<Counterparty>> counterparties;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;

  /**
   * @param counterparties the firm's counterparties (an alias must stand for one's code)
   */
  public ReconAliases(
      ReconAliasStore store,
      Supplier<List<Counterparty>> counterparties,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.store = store;
    this.counterparties = counterparties;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  public List<ReconAlias> list(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.aliases();
  }

  /**
   * Adds {@code alias} to {@code table} standing for {@code canonical} (or changes what it stands
   * for), audited.
   *
   * @throws IllegalArgumentException for an unknown table or counterparty code, in a sentence
   */
  public ReconAlias add(Actor actor, String table, String alias, String canonical) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    ReconAlias wanted = new ReconAlias(knownTable(table), alias, canonical);
    Map<String, Counterparty> byCode =
        counterparties.get().stream()
            .collect(Collectors.toMap(c -> c.code().toUpperCase(Locale.ROOT), c -> c));
    Counterparty to = byCode.get(wanted.canonical().toUpperCase(Locale.ROOT));
    if (to == null) {
      throw new IllegalArgumentException(
          "There is no counterparty with code '"
              + wanted.canonical()
              + "'; an alias in '"
              + COUNTERPARTY_NAMES
              + "' stands for a counterparty's code (refdata counterparties lists them).");
    }
    ReconAlias added = new ReconAlias(wanted.table(), wanted.alias(), to.code());
    return tx.inTransaction(
        () -> {
          Optional<ReconAlias> before = store.find(added.table(), added.alias());
          store.put(added);
          audit.append(
              new AuditEvent(
                  actor.username(),
                  clock.instant().truncatedTo(ChronoUnit.MICROS),
                  ENTITY,
                  added.table() + "/" + added.alias(),
                  before.isPresent() ? AuditAction.AMEND : AuditAction.CREATE,
                  before.map(Json::write).orElse(""),
                  Json.write(added),
                  "recon alias '" + added.alias() + "' stands for " + added.canonical()));
          return added;
        });
  }

  /**
   * Removes {@code alias} from {@code table}, audited.
   *
   * @throws IllegalArgumentException when there is no such alias
   */
  public ReconAlias remove(Actor actor, String table, String alias) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    String name = knownTable(table);
    return tx.inTransaction(
        () -> {
          ReconAlias before =
              store
                  .find(name, alias.strip())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "There is no alias '"
                                  + alias.strip()
                                  + "' in '"
                                  + name
                                  + "' (recon alias list shows them)."));
          store.remove(before.table(), before.alias());
          audit.append(
              new AuditEvent(
                  actor.username(),
                  clock.instant().truncatedTo(ChronoUnit.MICROS),
                  ENTITY,
                  before.table() + "/" + before.alias(),
                  AuditAction.CANCEL,
                  Json.write(before),
                  "",
                  "recon alias '" + before.alias() + "' removed"));
          return before;
        });
  }

  private static String knownTable(String table) {
    if (table == null || !table.strip().replace('-', ' ').equalsIgnoreCase(COUNTERPARTY_NAMES)) {
      throw new IllegalArgumentException(
          "'"
              + table
              + "' is not an alias table; the one there is is '"
              + COUNTERPARTY_NAMES
              + "' (or counterparty-names).");
    }
    return COUNTERPARTY_NAMES;
  }
}
