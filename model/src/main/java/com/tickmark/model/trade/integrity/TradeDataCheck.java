package com.tickmark.model.trade.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.DataCheck;
import com.tickmark.model.audit.DataCheckResult;
import com.tickmark.model.audit.RowDigests;
import com.tickmark.model.json.Json;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeJson;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.imports.TradeImportService;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the stored trades against the audit trail ({@code audit verify --data}): every version of
 * every trade, current or earlier, must be the state an audit record gave it. A trade captured one
 * by one (by hand, over FIX, from the repair queue) has an audit record per version with the whole
 * trade; trades loaded in bulk (a file import, the demo firm with its trades' lifecycle) are
 * covered by the digests their load's one audit record keeps ({@link RowDigests}): one row per
 * trade, its versions as loaded (those with no audit record of their own, oldest first). A trade
 * with no audit record at all was written behind the application's back; so was one that differs
 * from its record.
 */
public final class TradeDataCheck implements DataCheck {
  /** The entity of the demo firm's audit record, which keeps the digests of its trades. */
  public static final String DEMO_ENTITY = "Workspace";

  /** The audit records that give trades their states. */
  static final Set<String> ENTITIES =
      Set.of(TradeService.ENTITY, TradeImportService.ENTITY, DEMO_ENTITY);

  /** The stored trades, as the check reads them. */
  @FunctionalInterface
  public interface StoredTrades {
    /**
     * Every stored version, trade by trade in id order: a trade's earlier versions (its history),
     * oldest first, then its current version.
     */
    void forEachVersion(Visitor visitor);
  }

  /** Sees each stored trade version. */
  public interface Visitor {
    /** One version of a trade; {@code current} for the trade's current version. */
    void trade(Trade trade, boolean current);

    /** A row that no longer makes a trade (a price of 0, an unknown status...), and why. */
    void unreadable(long id, int version, String why);
  }

  /**
   * The row of a bulk-loaded trade in its load's digests: the canonical state of each version the
   * load recorded ({@code loaded}, oldest first).
   */
  public static List<String> loadedRow(List<Trade> loaded) {
    if (loaded.size() == 1) {
      return TradeJson.canonical(loaded.get(0));
    }
    List<String> row = new ArrayList<>(loaded.size() * TradeJson.FIELDS.size());
    loaded.forEach(t -> row.addAll(TradeJson.canonical(t)));
    return row;
  }

  private final AuditTrail trail;
  private final StoredTrades stored;

  public TradeDataCheck(AuditTrail trail, StoredTrades stored) {
    this.trail = trail;
    this.stored = stored;
  }

  @Override
  public String name() {
    return "trades";
  }

  /** An audited state of one version of a trade: the record that gave it, and its digest. */
  private record Audited(int version, long sequence, byte[] digest) {}

  /** One bulk load's digests, and what the stored trades it covers give. */
  private static final class Load {
    final String what;
    final long first;
    final long last;
    final Map<Long, RowDigests.Block> expected = new HashMap<>();
    final RowDigests found = new RowDigests();

    Load(String what, List<RowDigests.Block> blocks) {
      this.what = what;
      this.first = blocks.get(0).first();
      this.last = blocks.get(blocks.size() - 1).last();
      blocks.forEach(b -> expected.put(b.index(), b));
    }
  }

  @Override
  public DataCheckResult run() {
    Long2ObjectOpenHashMap<List<Audited>> audited = new Long2ObjectOpenHashMap<>();
    TreeMap<Long, Load> loads = new TreeMap<>();
    trail.forEach(
        ENTITIES,
        r -> {
          String after = r.event().after();
          if (r.event().entityType().equals(TradeService.ENTITY)) {
            if (!after.isEmpty()) {
              List<String> state = TradeJson.canonical(after);
              long id = idOf(state);
              audited
                  .computeIfAbsent(id, k -> new ArrayList<>(1))
                  .add(
                      new Audited(
                          Integer.parseInt(state.get(1)),
                          r.sequence(),
                          RowDigests.digestOf(id, state)));
            }
          } else if (r.event().action() == AuditAction.IMPORT) {
            Load load = load(r);
            if (load != null) {
              loads.put(load.first, load);
            }
          }
        });
    Findings findings = new Findings();
    Long2ObjectOpenHashMap<Boolean> seen = new Long2ObjectOpenHashMap<>();
    OneTrade trade = new OneTrade(audited, loads, findings);
    stored.forEachVersion(
        new Visitor() {
          @Override
          public void trade(Trade t, boolean current) {
            findings.checked++;
            trade.next(t.id().value());
            if (current) {
              seen.put(t.id().value(), Boolean.TRUE);
            }
            trade.check(t, current);
          }

          @Override
          public void unreadable(long id, int version, String why) {
            findings.checked++;
            trade.next(id);
            findings.differs(
                new TradeId(id).display()
                    + " version "
                    + version
                    + " cannot be read as a trade ("
                    + why
                    + "): it was edited behind the application's back");
          }
        });
    trade.next(Long.MIN_VALUE);
    audited.forEach(
        (id, states) -> {
          if (!seen.containsKey((long) id) && states.get(0).version() == 1) {
            findings.differs(
                new TradeId(id).display()
                    + " was recorded in the audit trail (record "
                    + states.get(0).sequence()
                    + ") but is not in the database: it was deleted");
          }
        });
    for (Load load : loads.values()) {
      Map<Long, RowDigests.Block> found = new HashMap<>();
      load.found.blocks().forEach(b -> found.put(b.index(), b));
      load.expected.values().stream()
          .sorted((a, b) -> Long.compare(a.first(), b.first()))
          .forEach(
              want -> {
                RowDigests.Block got = found.get(want.index());
                if (got == null
                    || got.rows() != want.rows()
                    || !got.digest().equals(want.digest())) {
                  findings.differs(
                      "trades "
                          + new TradeId(want.first()).display()
                          + " to "
                          + new TradeId(want.last()).display()
                          + " ("
                          + load.what
                          + ") are not as loaded: "
                          + (got == null || got.rows() != want.rows()
                              ? (got == null ? 0 : got.rows())
                                  + " of the "
                                  + want.rows()
                                  + " loaded are in the database"
                              : "one or more was changed behind the application's back"));
                }
              });
    }
    return new DataCheckResult(name(), findings.checked, findings.differing, findings.shown);
  }

  /**
   * The trade being read, one at a time: each version is compared with its own audit record when it
   * has one; the others, of a trade a bulk load covers, make its row in the load's digests, added
   * once the trade's last version has been read.
   */
  private final class OneTrade {
    private final Long2ObjectOpenHashMap<List<Audited>> audited;
    private final TreeMap<Long, Load> loads;
    private final Findings findings;
    private final List<Trade> loaded = new ArrayList<>();
    private long id = Long.MIN_VALUE;
    private Load load;

    /** False once the trade's current version is not the one last audited: reported already. */
    private boolean addToLoad;

    OneTrade(
        Long2ObjectOpenHashMap<List<Audited>> audited,
        TreeMap<Long, Load> loads,
        Findings findings) {
      this.audited = audited;
      this.loads = loads;
      this.findings = findings;
    }

    /** Moves on to the trade {@code nextId}, done with the one before. */
    void next(long nextId) {
      if (nextId == id) {
        return;
      }
      if (load != null && addToLoad && !loaded.isEmpty()) {
        load.found.add(id, loadedRow(loaded));
      }
      id = nextId;
      load = loadOf(loads, nextId);
      loaded.clear();
      addToLoad = true;
    }

    void check(Trade t, boolean current) {
      List<Audited> states = audited.get(id);
      if (current && states != null) {
        Audited latest = states.get(states.size() - 1);
        if (latest.version() != t.version()) {
          findings.differs(
              t.id().display()
                  + " is at version "
                  + t.version()
                  + " in the database, but its last audit record (record "
                  + latest.sequence()
                  + ") gave it version "
                  + latest.version());
          addToLoad = false;
          return;
        }
      }
      if (matchesAudited(t, audited, findings)) {
        return;
      }
      if (load != null) {
        loaded.add(t);
      } else if (!current) {
        findings.differs(
            t.id().display()
                + " version "
                + t.version()
                + " is in the trade history but in no audit record");
      } else if (t.version() > 1) {
        findings.differs(
            t.id().display()
                + " is at version "
                + t.version()
                + " in the database, but no audit record gave it that version");
      } else {
        findings.differs(
            t.id().display()
                + " is in the database but in no audit record: it was written behind the"
                + " application's back");
      }
    }
  }

  /**
   * Whether the trade version was audited and matches; a version audited differently is reported,
   * naming the fields that differ.
   */
  private boolean matchesAudited(
      Trade t, Long2ObjectOpenHashMap<List<Audited>> audited, Findings findings) {
    List<Audited> states = audited.get(t.id().value());
    if (states == null) {
      return false;
    }
    for (Audited a : states) {
      if (a.version() == t.version()) {
        List<String> now = TradeJson.canonical(t);
        if (!Arrays.equals(a.digest(), RowDigests.digestOf(t.id().value(), now))) {
          findings.differs(
              t.id().display()
                  + " version "
                  + t.version()
                  + " differs from its audit record "
                  + a.sequence()
                  + ": "
                  + fieldsThatDiffer(t, a.sequence(), now));
        }
        return true;
      }
    }
    return false;
  }

  private String fieldsThatDiffer(Trade t, long sequence, List<String> now) {
    List<AuditRecord> records =
        trail.search(
            new AuditFilter(
                null, TradeService.ENTITY, t.id().display(), null, null, null, Integer.MAX_VALUE));
    for (AuditRecord r : records) {
      if (r.sequence() == sequence) {
        List<String> then = TradeJson.canonical(r.event().after());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < then.size(); i++) {
          if (!then.get(i).equals(now.get(i))) {
            parts.add(
                TradeJson.FIELDS.get(i)
                    + " is "
                    + shown(now.get(i))
                    + " in the database, "
                    + shown(then.get(i))
                    + " in the audit trail");
          }
        }
        return String.join("; ", parts);
      }
    }
    return "its audit record cannot be read";
  }

  private static String shown(String value) {
    return value.isEmpty() ? "empty" : value;
  }

  private static long idOf(List<String> state) {
    return Long.parseLong(state.get(0).substring(1));
  }

  private static Load loadOf(TreeMap<Long, Load> loads, long id) {
    Map.Entry<Long, Load> e = loads.floorEntry(id);
    return e == null || id > e.getValue().last ? null : e.getValue();
  }

  /** The bulk load an import (or the demo firm's) audit record describes, or null if none. */
  private static Load load(AuditRecord r) {
    JsonNode digests = Json.tree(r.event().after()).map(n -> n.get("rowDigests")).orElse(null);
    if (digests == null || !digests.isArray() || digests.isEmpty()) {
      return null;
    }
    List<RowDigests.Block> blocks = new ArrayList<>();
    digests.forEach(d -> blocks.add(RowDigests.Block.parse(d.asText())));
    String what =
        r.event().entityType().equals(TradeImportService.ENTITY)
            ? "import "
                + r.event().entityId()
                + Json.tree(r.event().after())
                    .map(n -> n.get("file"))
                    .map(f -> " of " + f.asText())
                    .orElse("")
                + ", audit record "
                + r.sequence()
            : "the demo firm's trades, audit record " + r.sequence();
    return new Load(what, blocks);
  }

  /** How many versions were checked, how many differ, and the first sentences. */
  private static final class Findings {
    long checked;
    long differing;
    final List<String> shown = new ArrayList<>();

    void differs(String sentence) {
      differing++;
      if (shown.size() < DataCheckResult.SHOWN) {
        shown.add(sentence);
      }
    }
  }
}
