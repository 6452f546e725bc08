package com.tickmark.model.recon.match;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Predicate;

/**
 * Matches the records of our side against theirs, pass after pass, on what is still unmatched.
 *
 * <p>The result depends only on the records, never on the order they come in: both sides are taken
 * in id order, a group's records in id order, and among several candidates within tolerance the
 * closest wins (ties to the smallest id). A one-to-one pass reads both sides' keys and their
 * compared values once into primitive arrays (see {@code Columns}) and joins them in an
 * open-addressing table whose slots chain their records through an {@code int[]}, so a million
 * against a million takes a fraction of a second. The grouped passes (one-to-many, many-to-one,
 * many-to-many) group by key in ordinary maps: they run on the leftovers.
 *
 * <p>Records people matched, and proposals they rejected, are taken from the prior decisions and
 * kept. What stays unmatched becomes breaks: a field mismatch where a pass found records with equal
 * keys whose fields differ beyond tolerance, a duplicate where their record repeats the values of
 * another of theirs, otherwise missing ours or missing theirs.
 */
public final class MatchingEngine {
  private static final byte FREE = 0;
  private static final byte MATCHED = 1;
  private static final byte PROPOSED = 2;
  private static final byte BROKEN = 3;

  private final Predicate<LocalDate> businessDay;

  /**
   * @param businessDay tells business days for date windows (for example a {@code
   *     HolidayCalendar}'s {@code isBusinessDay})
   */
  public MatchingEngine(Predicate<LocalDate> businessDay) {
    this.businessDay = Objects.requireNonNull(businessDay, "businessDay");
  }

  public MatchResult run(
      ReconDefinition definition,
      List<ReconRecord> ours,
      List<ReconRecord> theirs,
      PriorDecisions prior) {
    return new Run(definition, ours, theirs, prior).execute();
  }

  /**
   * Business days from {@code from} to {@code to}: the business days after the earlier date up to
   * and including the later, negative when {@code to} is earlier (Friday to Monday is 1).
   */
  int businessDaysBetween(LocalDate from, LocalDate to) {
    int sign = to.isBefore(from) ? -1 : 1;
    LocalDate start = sign > 0 ? from : to;
    LocalDate end = sign > 0 ? to : from;
    int days = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (businessDay.test(d)) {
        days++;
      }
    }
    return sign * days;
  }

  /** A pass made ready: field positions, tolerances and cleaned alias tables. */
  private static final class Plan {
    final MatchingPass pass;
    final int[] keys;
    final int[] compared;
    final Tolerance[] tolerances;

    /** Cleaned alias tables by field position ({@code null} where a field has none). */
    final List<Map<String, String>> aliases;

    final boolean identity;
    final MatchExplanation exact;

    Plan(ReconDefinition definition, MatchingPass pass) {
      this.pass = pass;
      this.keys = pass.keys().stream().mapToInt(definition::indexOf).toArray();
      this.compared = pass.compared().stream().mapToInt(definition::indexOf).toArray();
      this.tolerances = new Tolerance[compared.length];
      for (int c = 0; c < compared.length; c++) {
        tolerances[c] = pass.toleranceOf(pass.compared().get(c));
      }
      Normalisation n = pass.normalisation();
      this.aliases = new ArrayList<>(Collections.nCopies(definition.fields().size(), null));
      n.aliases()
          .forEach(
              (field, table) -> {
                Map<String, String> cleaned = new HashMap<>();
                table.canonicalByAlias().forEach((a, c) -> cleaned.put(n.clean(a), n.clean(c)));
                aliases.set(definition.indexOf(field), cleaned);
              });
      this.identity = n.isIdentity();
      this.exact =
          new MatchExplanation(
              pass.name(), pass.cardinality(), pass.keys(), pass.tolerances(), List.of());
    }

    /**
     * Whether records this pass pairs by their keys but that differ beyond tolerance are a field
     * mismatch. Not for a proposing pass: its keys are weak evidence (a counterparty), and two
     * records sharing them are not thereby the same item.
     */
    boolean pairsMisses() {
      return pass.mode() == PassMode.AUTO;
    }

    String text(int field, String value) {
      if (identity) {
        return value;
      }
      String cleaned = pass.normalisation().clean(value);
      Map<String, String> table = aliases.get(field);
      if (table != null) {
        String canonical = table.get(cleaned);
        if (canonical != null) {
          return canonical;
        }
      }
      return cleaned;
    }
  }

  /** Records that a pass paired by their keys but whose fields differ beyond tolerance. */
  private record NearMiss(Plan plan, int[] ours, int[] theirs) {}

  private final class Run {
    final ReconDefinition definition;
    final FieldKind[] kinds;
    final ReconRecord[] ours;
    final ReconRecord[] theirs;
    final long[] ourIds;
    final long[] theirIds;
    final byte[] ourState;
    final byte[] theirState;
    final PriorDecisions prior;
    final boolean anyRejections;

    /** Matches and proposals at the position of their first record of ours: in order for free. */
    final Match[] matchAt;

    final Proposal[] proposalAt;
    final List<Break> mismatches = new ArrayList<>();
    final List<Break> missingOurs = new ArrayList<>();
    final List<Break> duplicates = new ArrayList<>();

    /**
     * The hash of each of their records' key in the first pass: identical records have identical
     * keys, so the end finds duplicates without reading every record again.
     */
    int[] duplicateHash;

    final List<NearMiss> nearMisses = new ArrayList<>();

    /** What the one-to-one passes read ahead of need (see {@link Columns#touch}). */
    long prefetched;

    Run(
        ReconDefinition definition,
        List<ReconRecord> ours,
        List<ReconRecord> theirs,
        PriorDecisions prior) {
      this.definition = definition;
      this.kinds = definition.fields().stream().map(MatchField::kind).toArray(FieldKind[]::new);
      this.ourIds = new long[ours.size()];
      this.theirIds = new long[theirs.size()];
      ReconRecord[][] sides = new ReconRecord[2][];
      inParallel(
          () -> sides[0] = inIdOrder(ours, definition.ours(), ourIds),
          () -> sides[1] = inIdOrder(theirs, definition.theirs(), theirIds));
      this.ours = sides[0];
      this.theirs = sides[1];
      this.ourState = new byte[this.ours.length];
      this.theirState = new byte[this.theirs.length];
      this.prior = prior;
      this.anyRejections = !prior.rejections().isEmpty();
      this.matchAt = new Match[this.ours.length];
      this.proposalAt = new Proposal[this.ours.length];
    }

    MatchResult execute() {
      keepManualMatches();
      for (MatchingPass pass : definition.passes()) {
        Plan plan = new Plan(definition, pass);
        if (pass.cardinality() == Cardinality.ONE_TO_ONE) {
          oneToOne(plan);
        } else {
          grouped(plan);
        }
      }
      fieldMismatches();
      duplicatesAndMissing();
      List<Match> matches = new ArrayList<>();
      List<Proposal> proposals = new ArrayList<>();
      List<Break> breaks = new ArrayList<>();
      for (int o = 0; o < ours.length; o++) {
        if (matchAt[o] != null) {
          matches.add(matchAt[o]);
        } else if (proposalAt[o] != null) {
          proposals.add(proposalAt[o]);
        } else if (ourState[o] == FREE) {
          breaks.add(
              new Break(
                  BreakKind.MISSING_THEIRS,
                  RecordIds.single(ourIds[o]),
                  RecordIds.none(),
                  null,
                  List.of(),
                  OptionalLong.empty()));
        }
      }
      breaks.addAll(missingOurs);
      mismatches.sort(Comparator.comparingLong(b -> b.ours().first()));
      breaks.addAll(mismatches);
      breaks.addAll(duplicates);
      return new MatchResult(matches, proposals, breaks);
    }

    /**
     * A side's records in id order: ours so, which fixes who gets a contested candidate; theirs so
     * that their records are read in the order they were made (ids usually follow the file), not
     * all over memory. Already so in the usual case, when nothing is sorted.
     */
    private ReconRecord[] inIdOrder(List<ReconRecord> records, String side, long[] sortedIds) {
      ReconRecord[] array = records.toArray(new ReconRecord[0]);
      long[] ids = sortedIds;
      boolean sorted = true;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      List<MatchField> checked = null;
      for (int i = 0; i < array.length; i++) {
        ids[i] = array[i].id();
        sorted &= i == 0 || ids[i] >= ids[i - 1];
        min = Math.min(min, ids[i]);
        max = Math.max(max, ids[i]);
        // A side's records usually share one list of fields: it is compared once.
        if (array[i].fields() != checked) {
          check(array[i], side);
          checked = array[i].fields();
        }
      }
      if (!sorted) {
        int[] order = denseOrder(ids, min, max);
        if (order == null) {
          order = new int[array.length];
          Arrays.setAll(order, i -> i);
          LongArrays.radixSortIndirect(order, ids, false);
        }
        ReconRecord[] byId = new ReconRecord[array.length];
        long[] unsorted = ids.clone();
        for (int i = 0; i < order.length; i++) {
          byId[i] = array[order[i]];
          ids[i] = unsorted[order[i]];
        }
        array = byId;
      }
      for (int i = 1; i < array.length; i++) {
        if (ids[i] == ids[i - 1]) {
          throw new IllegalArgumentException(
              side
                  + " has two records with id "
                  + array[i].id()
                  + " ("
                  + array[i - 1].source()
                  + " and "
                  + array[i].source()
                  + ")");
        }
      }
      return array;
    }

    /**
     * The positions of {@code ids} in id order, found by placing each at its id when the ids are
     * few and close together (as a file's usually are), without sorting; {@code null} when they are
     * not, or when two are equal (the caller sorts and reports them).
     */
    private static int[] denseOrder(long[] ids, long min, long max) {
      if (max - min >= 4L * ids.length) {
        return null;
      }
      int[] at = new int[(int) (max - min + 1)];
      for (int i = 0; i < ids.length; i++) {
        int slot = (int) (ids[i] - min);
        if (at[slot] != 0) {
          return null;
        }
        at[slot] = i + 1;
      }
      int[] order = new int[ids.length];
      int n = 0;
      for (int position : at) {
        if (position != 0) {
          order[n++] = position - 1;
        }
      }
      return order;
    }

    private void check(ReconRecord r, String side) {
      if (!r.fields().equals(definition.fields())) {
        throw new IllegalArgumentException(
            side
                + " record "
                + r.id()
                + " ("
                + r.source()
                + ") carries the fields "
                + r.fields().stream().map(MatchField::name).toList()
                + ", not those of recon "
                + definition.name());
      }
    }

    // ---- prior decisions

    private void keepManualMatches() {
      int[] all = new int[kinds.length];
      Arrays.setAll(all, i -> i);
      for (ManualMatch manual : prior.manualMatches()) {
        int[] o = positions(manual.ours(), ourIds, ourState, definition.ours());
        int[] t = positions(manual.theirs(), theirIds, theirState, definition.theirs());
        for (int i : o) {
          ourState[i] = MATCHED;
        }
        for (int i : t) {
          theirState[i] = MATCHED;
        }
        List<FieldDifference> differences =
            differences(
                new int[0],
                all,
                new Tolerance[all.length],
                aggregate(ours, o, null),
                aggregate(theirs, t, null),
                null);
        // Our positions follow our ids, so the first is the smallest.
        matchAt[o[0]] =
            new Match(
                manual.ours(),
                manual.theirs(),
                new MatchExplanation(
                    MatchExplanation.MANUAL,
                    cardinality(o.length, t.length),
                    List.of(),
                    List.of(),
                    differences));
      }
    }

    private int[] positions(RecordIds ids, long[] sortedIds, byte[] state, String side) {
      int[] positions = new int[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        int at = Arrays.binarySearch(sortedIds, ids.get(i));
        if (at < 0) {
          throw new IllegalArgumentException(
              "A manual match names "
                  + side
                  + " record "
                  + ids.get(i)
                  + ", which is not in this run");
        }
        if (state[at] != FREE) {
          throw new IllegalArgumentException(
              side + " record " + ids.get(i) + " is in two manual matches");
        }
        positions[i] = at;
      }
      return positions;
    }

    private boolean rejected(RecordIds o, RecordIds t) {
      return anyRejections && prior.rejections().contains(new RejectedProposal(o, t));
    }

    // ---- one to one: a hash join on primitive arrays

    /**
     * The keys of their free records ({@code null} for the others), for a grouped pass; in the
     * first pass, remembers the hash of every one of their records' key for finding duplicates.
     */
    private Object[] theirKeys(Plan plan) {
      Object[] keys = new Object[theirs.length];
      boolean first = duplicateHash == null;
      if (first) {
        duplicateHash = new int[theirs.length];
      }
      for (int i = 0; i < theirs.length; i++) {
        if (theirState[i] == FREE || first) {
          Object k = key(plan, theirs[i]);
          if (first && k != null) {
            duplicateHash[i] = k.hashCode();
          }
          keys[i] = theirState[i] == FREE ? k : null;
        }
      }
      return keys;
    }

    private void oneToOne(Plan plan) {
      boolean first = duplicateHash == null;
      if (first) {
        duplicateHash = new int[theirs.length];
      }
      // The pass reads their free records (in the first pass all, for finding duplicates) and our
      // free ones; the columns are indexed by their place in these lists.
      int[] theirAt = toRead(theirState, first);
      int[] ourAt = toRead(ourState, false);
      Columns columns = new Columns(plan, theirAt.length, ourAt.length);
      Side their = columns.their;
      Side our = columns.our;
      inParallel(
          () -> {
            for (int j = 0; j < theirAt.length; j++) {
              int t = theirAt[j];
              boolean free = theirState[t] == FREE;
              byte form = columns.read(their, theirs[t], j, free);
              if (first && form != Side.NO_KEY) {
                duplicateHash[t] = Long.hashCode(their.key[j]);
              }
              if (!free) {
                their.form[j] = Side.NO_KEY;
              }
            }
          },
          () -> {
            for (int i = 0; i < ourAt.length; i++) {
              columns.read(our, ours[ourAt[i]], i, true);
            }
          });
      int candidates = 0;
      for (byte form : their.form) {
        if (form != Side.NO_KEY) {
          candidates++;
        }
      }
      // Slot s holds a key (code or hash) at 2s and, at 2s + 1, 1 + the index of the last of their
      // records with that key and the key's kind above bit 32 (0: an empty slot).
      int capacity = HashCommon.arraySize(Math.max(candidates, 1), 0.5f);
      int mask = capacity - 1;
      long[] slots = new long[2 * capacity];
      int[] next = new int[theirAt.length];
      for (int j = 0; j < theirAt.length; j++) {
        columns.touch(their, j + Columns.AHEAD, slots, mask);
        if (their.form[j] != Side.NO_KEY) {
          int slot = columns.slot(their, j, slots, mask);
          next[j] = (int) slots[2 * slot + 1] - 1;
          slots[2 * slot] = their.key[j];
          slots[2 * slot + 1] = (j + 1) | ((long) (their.form[j] & Side.KIND) << 32);
        }
      }
      for (int i = 0; i < ourAt.length; i++) {
        columns.touch(our, i + Columns.AHEAD, slots, mask);
        if (our.form[i] == Side.NO_KEY) {
          continue;
        }
        int o = ourAt[i];
        int slot = columns.slot(our, i, slots, mask);
        // The closest candidate, ties to the smallest id; a chain is in no particular order.
        int best = -1;
        int bestAt = -1;
        double bestDistance = Double.MAX_VALUE;
        int firstMiss = -1;
        for (int j = (int) slots[2 * slot + 1] - 1; j != -1; j = next[j]) {
          int t = theirAt[j];
          if (theirState[t] != FREE) {
            continue;
          }
          double distance = columns.sameValues(i, j) ? 0 : distance(plan, ours[o], theirs[t]);
          if (distance < 0) {
            if (firstMiss < 0 || theirIds[t] < theirIds[firstMiss]) {
              firstMiss = t;
            }
          } else if ((distance < bestDistance
                  || (distance == bestDistance && theirIds[t] < theirIds[best]))
              && !(anyRejections
                  && rejected(RecordIds.single(ourIds[o]), RecordIds.single(theirIds[t])))) {
            best = t;
            bestAt = j;
            bestDistance = distance;
          }
        }
        if (best >= 0) {
          ourState[o] = stateFor(plan);
          theirState[best] = stateFor(plan);
          boolean exact =
              bestDistance == 0
                  && (plan.identity
                      || (columns.asReceived(i, bestAt) && columns.sameValues(i, bestAt))
                      || sameKeys(plan, ours[o], theirs[best]));
          record(
              plan,
              o,
              RecordIds.single(ourIds[o]),
              RecordIds.single(theirIds[best]),
              ours[o],
              theirs[best],
              exact);
        } else if (firstMiss >= 0 && plan.pairsMisses()) {
          nearMisses.add(new NearMiss(plan, new int[] {o}, new int[] {firstMiss}));
        }
      }
      prefetched = columns.touched;
    }

    /** The positions of the free records of a side, or of all when {@code all}. */
    private static int[] toRead(byte[] state, boolean all) {
      IntArrayList positions = new IntArrayList(state.length);
      for (int i = 0; i < state.length; i++) {
        if (all || state[i] == FREE) {
          positions.add(i);
        }
      }
      return positions.toIntArray();
    }

    /** One side's keys and compared values for a one-to-one pass. */
    private static final class Side {
      static final byte NO_KEY = 0;

      /** The key is its code. */
      static final byte CODED = 1;

      /** The key is an object, the long its hash. */
      static final byte HASHED = 2;

      static final byte KIND = 3;

      /** The text key is as received (normalisation changed nothing). */
      static final byte AS_RECEIVED = 4;

      final long[] key;
      final byte[] form;
      final Object[] object;
      final long[] values;

      /** The compared texts, as received. */
      final String[] texts;

      Side(int size, int width, int textWidth) {
        key = new long[size];
        form = new byte[size];
        object = new Object[size];
        values = new long[size * width];
        texts = new String[size * textWidth];
      }
    }

    /**
     * The keys and compared values of both sides for a one-to-one pass, read once, in order, into
     * primitive arrays, so that the join reads the records only where values differ.
     *
     * <p>A text key of up to 12 letters, digits and spaces (after normalisation) is its own code,
     * packed into a long; other keys are objects, hashed. A compared number of up to 15 digits and
     * scale 0 to 15 becomes a code of its unscaled value and scale, a date its day, equal only for
     * equal values as received; texts are kept as they are. Where all compared values are equal the
     * records agree exactly; where any differs, or a number has no code, the records are compared
     * as before.
     */
    private final class Columns {
      static final long MISSING = Long.MIN_VALUE;

      /** A value without a code: never equal to another's. */
      static final long UNCODED = Long.MIN_VALUE + 1;

      /**
       * How many records ahead the join reads the hash table, so that the memory fetches of several
       * records overlap instead of each waiting for its own.
       */
      static final int AHEAD = 16;

      private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
      };

      final Plan plan;
      final boolean textKey;
      final int width;
      final Side their;
      final Side our;

      /** Where each compared field's text is among a record's texts (-1: not a text). */
      final int[] textAt;

      final int textWidth;

      /** What {@link #touch} read, kept so that the reads are not optimised away. */
      long touched;

      Columns(Plan plan, int theirCount, int ourCount) {
        this.plan = plan;
        this.textKey = plan.keys.length == 1 && kinds[plan.keys[0]] == FieldKind.TEXT;
        this.width = plan.compared.length;
        this.textAt = new int[width];
        int texts = 0;
        for (int c = 0; c < width; c++) {
          textAt[c] = kinds[plan.compared[c]] == FieldKind.TEXT ? texts++ : -1;
        }
        this.textWidth = texts;
        this.their = new Side(theirCount, width, textWidth);
        this.our = new Side(ourCount, width, textWidth);
      }

      /**
       * Reads the key of record {@code r} into index {@code i} of {@code side}, and its compared
       * values when {@code withValues}; returns the key's form.
       */
      byte read(Side side, ReconRecord r, int i, boolean withValues) {
        byte form;
        long code;
        Object k = null;
        if (textKey) {
          String raw = (String) r.value(plan.keys[0]);
          if (raw == null) {
            return Side.NO_KEY;
          }
          String text = plan.text(plan.keys[0], raw);
          code = code(text);
          if (code < 0) {
            k = text;
            code = text.hashCode();
          }
          form =
              (byte)
                  ((k == null ? Side.CODED : Side.HASHED) | (text == raw ? Side.AS_RECEIVED : 0));
        } else {
          k = key(plan, r);
          if (k == null) {
            return Side.NO_KEY;
          }
          code = k.hashCode();
          form = Side.HASHED;
        }
        side.key[i] = code;
        side.object[i] = k;
        side.form[i] = form;
        for (int c = 0; withValues && c < width; c++) {
          Object value = r.value(plan.compared[c]);
          if (textAt[c] >= 0) {
            side.texts[i * textWidth + textAt[c]] = (String) value;
          } else {
            side.values[i * width + c] = valueCode(c, value);
          }
        }
        return form;
      }

      /** Reads the home slot of the record at {@code i} of {@code side}, if any, ahead of need. */
      void touch(Side side, int i, long[] slots, int mask) {
        if (i < side.form.length && side.form[i] != Side.NO_KEY) {
          touched += slots[2 * ((int) HashCommon.mix(side.key[i]) & mask) + 1];
        }
      }

      /** The slot holding the key of the record at {@code i} of {@code side}, or the empty one. */
      int slot(Side side, int i, long[] slots, int mask) {
        long code = side.key[i];
        int kind = side.form[i] & Side.KIND;
        int slot = (int) HashCommon.mix(code) & mask;
        while (true) {
          long head = slots[2 * slot + 1];
          if (head == 0
              || (slots[2 * slot] == code
                  && (head >>> 32) == kind
                  && (kind == Side.CODED || their.object[(int) head - 1].equals(side.object[i])))) {
            return slot;
          }
          slot = (slot + 1) & mask;
        }
      }

      /** Whether our record {@code i} has the compared values of their {@code j}. */
      boolean sameValues(int i, int j) {
        for (int c = 0; c < width; c++) {
          long v = our.values[i * width + c];
          if (v != their.values[j * width + c] || v == UNCODED) {
            return false;
          }
        }
        for (int c = 0; c < textWidth; c++) {
          if (!Objects.equals(our.texts[i * textWidth + c], their.texts[j * textWidth + c])) {
            return false;
          }
        }
        return true;
      }

      /** Whether the keys of our record {@code i} and their {@code j} are as received. */
      boolean asReceived(int i, int j) {
        return (our.form[i] & their.form[j] & Side.AS_RECEIVED) != 0;
      }

      /**
       * A normalised text of up to 12 letters, digits and spaces as a number in base 38 whose
       * digits are 1 to 37 (below 38^12 &lt; 2^63, and one number per text), else -1.
       */
      private static long code(String text) {
        int n = text.length();
        if (n > 12) {
          return -1;
        }
        long code = 0;
        for (int i = 0; i < n; i++) {
          char ch = text.charAt(i);
          int digit;
          if (ch >= 'A' && ch <= 'Z') {
            digit = ch - 'A' + 1;
          } else if (ch >= '0' && ch <= '9') {
            digit = ch - '0' + 27;
          } else if (ch == ' ') {
            digit = 37;
          } else {
            return -1;
          }
          code = code * 38 + digit;
        }
        return code;
      }

      /** A number's or a date's code (texts have none). */
      private long valueCode(int c, Object value) {
        if (value == null) {
          return MISSING;
        }
        return kinds[plan.compared[c]] == FieldKind.DATE
            ? ((LocalDate) value).toEpochDay()
            : numberCode((BigDecimal) value);
      }

      /**
       * Unscaled value × 16 + scale for a number of at most 15 digits and scale 0 to 15, else
       * {@link #UNCODED}. The unscaled value comes from the double, without allocating: below 10^15
       * it is exact as a double, the double is the correctly rounded quotient by 10^scale, and
       * multiplying back is off by less than 0.25.
       */
      private static long numberCode(BigDecimal number) {
        int scale = number.scale();
        if (scale < 0 || scale > 15 || number.precision() > 15) {
          return UNCODED;
        }
        return Math.round(number.doubleValue() * POWERS_OF_TEN[scale]) * 16 + scale;
      }
    }

    private Object key(Plan plan, ReconRecord r) {
      if (plan.keys.length == 1) {
        return keyValue(plan, plan.keys[0], r.value(plan.keys[0]));
      }
      Object[] parts = new Object[plan.keys.length];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = keyValue(plan, plan.keys[i], r.value(plan.keys[i]));
        if (parts[i] == null) {
          return null;
        }
      }
      return List.of(parts);
    }

    private Object keyValue(Plan plan, int field, Object value) {
      if (value == null) {
        return null;
      }
      return switch (kinds[field]) {
        case TEXT -> plan.text(field, (String) value);
        case AMOUNT, QUANTITY, PRICE -> ((BigDecimal) value).stripTrailingZeros();
        case DATE -> value;
      };
    }

    // ---- grouped passes

    private void grouped(Plan plan) {
      Map<Object, IntArrayList> ourGroups = new LinkedHashMap<>();
      for (int i = 0; i < ours.length; i++) {
        Object k = ourState[i] == FREE ? key(plan, ours[i]) : null;
        if (k != null) {
          ourGroups.computeIfAbsent(k, x -> new IntArrayList()).add(i);
        }
      }
      Map<Object, IntArrayList> theirGroups = new HashMap<>();
      Object[] theirKeys = theirKeys(plan);
      for (int i = 0; i < theirs.length; i++) {
        if (theirKeys[i] != null) {
          theirGroups.computeIfAbsent(theirKeys[i], x -> new IntArrayList()).add(i);
        }
      }
      for (Map.Entry<Object, IntArrayList> group : ourGroups.entrySet()) {
        IntArrayList theirMembers = theirGroups.get(group.getKey());
        if (theirMembers == null) {
          continue;
        }
        int[] o = group.getValue().toIntArray();
        int[] t = inIdOrder(theirMembers.toIntArray(), theirIds);
        NearMiss miss = null;
        boolean matched = false;
        for (int[][] pair : pairs(plan.pass.cardinality(), o, t)) {
          if (rejected(idsOf(ourIds, pair[0]), idsOf(theirIds, pair[1]))) {
            continue;
          }
          ReconRecord[] sides = compared(pair[0], pair[1], plan);
          double distance = distance(plan, sides[0], sides[1]);
          if (distance >= 0) {
            for (int i : pair[0]) {
              ourState[i] = stateFor(plan);
            }
            for (int i : pair[1]) {
              theirState[i] = stateFor(plan);
            }
            record(
                plan,
                pair[0][0],
                idsOf(ourIds, pair[0]),
                idsOf(theirIds, pair[1]),
                sides[0],
                sides[1],
                distance);
            matched = true;
            break;
          }
          miss = miss == null ? new NearMiss(plan, pair[0], pair[1]) : miss;
        }
        if (!matched && miss != null && plan.pairsMisses()) {
          nearMisses.add(miss);
        }
      }
    }

    /**
     * The ways a group of ours {@code o} and theirs {@code t} sharing the keys may match under
     * {@code cardinality}, tried in order: the whole groups; or, where one side must be one record
     * and holds several (a block confirmation sent twice), each of its records in id order against
     * the other group, so the first that agrees matches and the rest stay to be found duplicates.
     */
    private static List<int[][]> pairs(Cardinality cardinality, int[] o, int[] t) {
      List<int[][]> pairs = new ArrayList<>();
      if (cardinality == Cardinality.MANY_TO_ONE && t.length > 1) {
        for (int i : t) {
          pairs.add(new int[][] {o, {i}});
        }
      } else if (cardinality == Cardinality.ONE_TO_MANY && o.length > 1) {
        for (int i : o) {
          pairs.add(new int[][] {{i}, t});
        }
      } else if (cardinality != Cardinality.ONE_TO_ONE || (o.length == 1 && t.length == 1)) {
        pairs.add(new int[][] {o, t});
      }
      return pairs;
    }

    /** Positions sorted by the ids at them. */
    private static int[] inIdOrder(int[] positions, long[] ids) {
      IntArrays.quickSort(positions, (a, b) -> Long.compare(ids[a], ids[b]));
      return positions;
    }

    /**
     * Our records {@code o} and theirs {@code t} as a pass compares them: each side aggregated, and
     * a group's average price rounded to the decimals the single record on the other side quotes (a
     * broker's block price for several fills is their average rounded, not a difference).
     */
    private ReconRecord[] compared(int[] o, int[] t, Plan plan) {
      ReconRecord ourSide = aggregate(ours, o, plan);
      ReconRecord theirSide = aggregate(theirs, t, plan);
      if (o.length > 1 && t.length == 1) {
        ourSide = atPrecisionOf(ourSide, theirSide);
      } else if (t.length > 1 && o.length == 1) {
        theirSide = atPrecisionOf(theirSide, ourSide);
      }
      return new ReconRecord[] {ourSide, theirSide};
    }

    /** {@code group} with each average price rounded to the scale of {@code single}'s price. */
    private ReconRecord atPrecisionOf(ReconRecord group, ReconRecord single) {
      Object[] values = new Object[kinds.length];
      for (int f = 0; f < kinds.length; f++) {
        values[f] = group.value(f);
        if (kinds[f] == FieldKind.PRICE
            && values[f] instanceof BigDecimal average
            && single.value(f) instanceof BigDecimal quoted) {
          int decimals = Math.max(0, quoted.stripTrailingZeros().scale());
          if (average.scale() > decimals) {
            values[f] = average.setScale(decimals, RoundingMode.HALF_EVEN);
          }
        }
      }
      return ReconRecord.of(definition.fields(), group.id(), group.source(), values);
    }

    /**
     * One record standing for a group: amounts and quantities summed, prices averaged weighted by
     * the first quantity field, other values kept where all members agree (else missing). A single
     * record stands for itself.
     */
    private ReconRecord aggregate(ReconRecord[] records, int[] members, Plan plan) {
      ReconRecord first = records[members[0]];
      if (members.length == 1) {
        return first;
      }
      int quantity = -1;
      for (int f = 0; f < kinds.length && quantity < 0; f++) {
        quantity = kinds[f] == FieldKind.QUANTITY ? f : -1;
      }
      Object[] values = new Object[kinds.length];
      for (int f = 0; f < kinds.length; f++) {
        final int field = f;
        values[f] =
            switch (kinds[f]) {
              case AMOUNT, QUANTITY -> sum(records, members, field);
              case PRICE -> averagePrice(records, members, field, quantity);
              case TEXT, DATE ->
                  plan != null && contains(plan.keys, field)
                      ? first.value(field)
                      : common(records, members, field);
            };
      }
      return ReconRecord.of(definition.fields(), first.id(), first.source(), values);
    }

    private static BigDecimal sum(ReconRecord[] records, int[] members, int field) {
      BigDecimal total = BigDecimal.ZERO;
      for (int m : members) {
        BigDecimal v = (BigDecimal) records[m].value(field);
        if (v == null) {
          return null;
        }
        total = total.add(v);
      }
      return total;
    }

    private static BigDecimal averagePrice(
        ReconRecord[] records, int[] members, int field, int quantity) {
      BigDecimal weighted = BigDecimal.ZERO;
      BigDecimal weights = BigDecimal.ZERO;
      int scale = 0;
      for (int m : members) {
        BigDecimal price = (BigDecimal) records[m].value(field);
        BigDecimal weight = quantity < 0 ? BigDecimal.ONE : (BigDecimal) records[m].value(quantity);
        if (price == null || weight == null) {
          return null;
        }
        weighted = weighted.add(price.multiply(weight));
        weights = weights.add(weight);
        scale = Math.max(scale, price.scale());
      }
      return weights.signum() == 0
          ? null
          : weighted.divide(weights, scale + 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static Object common(ReconRecord[] records, int[] members, int field) {
      Object value = records[members[0]].value(field);
      for (int m : members) {
        if (!Objects.equals(value, records[m].value(field))) {
          return null;
        }
      }
      return value;
    }

    // ---- comparing

    /**
     * How far apart two records are on the pass's compared fields (0 when they agree exactly), or
     * -1 when a field differs beyond its tolerance.
     */
    private double distance(Plan plan, ReconRecord a, ReconRecord b) {
      double distance = 0;
      for (int c = 0; c < plan.compared.length; c++) {
        int f = plan.compared[c];
        Object x = a.value(f);
        Object y = b.value(f);
        if (x == null || y == null) {
          if (x != y) {
            return -1;
          }
          continue;
        }
        switch (kinds[f]) {
          case TEXT -> {
            if (!x.equals(y) && !plan.text(f, (String) x).equals(plan.text(f, (String) y))) {
              return -1;
            }
          }
          case AMOUNT, QUANTITY, PRICE -> {
            BigDecimal p = (BigDecimal) x;
            BigDecimal q = (BigDecimal) y;
            if (p.compareTo(q) != 0) {
              BigDecimal difference = q.subtract(p);
              if (!(plan.tolerances[c] instanceof Tolerance.Numeric t)
                  || !t.allows(p, difference)) {
                return -1;
              }
              double size = Math.max(Math.abs(p.doubleValue()), 1e-9);
              distance += Math.abs(difference.doubleValue()) / size;
            }
          }
          case DATE -> {
            if (!x.equals(y)) {
              if (!(plan.tolerances[c] instanceof Tolerance.DateWindow w)) {
                return -1;
              }
              int days = Math.abs(businessDaysBetween((LocalDate) x, (LocalDate) y));
              if (days > w.businessDays()) {
                return -1;
              }
              distance += days;
            }
          }
        }
      }
      return distance;
    }

    /**
     * Every key and compared field whose values differ as received, with whether the pass allows it
     * (keys and text equal after normalisation are allowed).
     */
    private List<FieldDifference> differences(
        int[] keys,
        int[] compared,
        Tolerance[] tolerances,
        ReconRecord a,
        ReconRecord b,
        Plan plan) {
      List<FieldDifference> out = new ArrayList<>();
      for (int f : keys) {
        if (!Objects.equals(a.value(f), b.value(f)) && !sameNumber(a.value(f), b.value(f))) {
          out.add(difference(f, a.value(f), b.value(f), true));
        }
      }
      for (int c = 0; c < compared.length; c++) {
        int f = compared[c];
        Object x = a.value(f);
        Object y = b.value(f);
        if (Objects.equals(x, y) || sameNumber(x, y)) {
          continue;
        }
        boolean allowed = false;
        if (x != null && y != null) {
          allowed =
              switch (kinds[f]) {
                case TEXT ->
                    plan != null && plan.text(f, (String) x).equals(plan.text(f, (String) y));
                case AMOUNT, QUANTITY, PRICE ->
                    tolerances[c] instanceof Tolerance.Numeric t
                        && t.allows((BigDecimal) x, ((BigDecimal) y).subtract((BigDecimal) x));
                case DATE ->
                    tolerances[c] instanceof Tolerance.DateWindow w
                        && Math.abs(businessDaysBetween((LocalDate) x, (LocalDate) y))
                            <= w.businessDays();
              };
        }
        out.add(difference(f, x, y, allowed));
      }
      return out;
    }

    private FieldDifference difference(int field, Object x, Object y, boolean allowed) {
      BigDecimal amount = null;
      if (x != null && y != null) {
        if (kinds[field].isNumeric()) {
          amount = ((BigDecimal) y).subtract((BigDecimal) x);
        } else if (kinds[field] == FieldKind.DATE) {
          amount = BigDecimal.valueOf(businessDaysBetween((LocalDate) x, (LocalDate) y));
        }
      }
      return new FieldDifference(definition.fields().get(field).name(), x, y, amount, allowed);
    }

    private static boolean sameNumber(Object x, Object y) {
      return x instanceof BigDecimal p && y instanceof BigDecimal q && p.compareTo(q) == 0;
    }

    // ---- outcomes

    private byte stateFor(Plan plan) {
      return plan.pass.mode() == PassMode.PROPOSE ? PROPOSED : MATCHED;
    }

    /** A match, or a proposal of a proposing pass, with its explanation. */
    private void record(
        Plan plan,
        int ourFirst,
        RecordIds ourRecords,
        RecordIds theirRecords,
        ReconRecord ourSide,
        ReconRecord theirSide,
        double distance) {
      boolean exact = distance == 0 && (plan.identity || sameKeys(plan, ourSide, theirSide));
      record(plan, ourFirst, ourRecords, theirRecords, ourSide, theirSide, exact);
    }

    /**
     * A match, or a proposal of a proposing pass, with its explanation: the pass's one for exact
     * matches ({@code exact}: no compared field differs and the keys are equal as received).
     */
    private void record(
        Plan plan,
        int ourFirst,
        RecordIds ourRecords,
        RecordIds theirRecords,
        ReconRecord ourSide,
        ReconRecord theirSide,
        boolean exact) {
      MatchExplanation explanation = plan.exact;
      List<FieldDifference> differences =
          exact
              ? List.of()
              : differences(plan.keys, plan.compared, plan.tolerances, ourSide, theirSide, plan);
      if (!differences.isEmpty()) {
        MatchingPass p = plan.pass;
        explanation =
            new MatchExplanation(p.name(), p.cardinality(), p.keys(), p.tolerances(), differences);
      }
      if (plan.pass.mode() == PassMode.PROPOSE) {
        proposalAt[ourFirst] = new Proposal(ourRecords, theirRecords, explanation);
      } else {
        matchAt[ourFirst] = new Match(ourRecords, theirRecords, explanation);
      }
    }

    /** Whether the keys are equal as received (not only after normalisation). */
    private boolean sameKeys(Plan plan, ReconRecord a, ReconRecord b) {
      for (int f : plan.keys) {
        if (!Objects.equals(a.value(f), b.value(f)) && !sameNumber(a.value(f), b.value(f))) {
          return false;
        }
      }
      for (int f : plan.compared) {
        if (kinds[f] == FieldKind.TEXT && !Objects.equals(a.value(f), b.value(f))) {
          return false;
        }
      }
      return true;
    }

    private void fieldMismatches() {
      for (NearMiss miss : nearMisses) {
        if (!allFree(ourState, miss.ours()) || !allFree(theirState, miss.theirs())) {
          continue;
        }
        for (int i : miss.ours()) {
          ourState[i] = BROKEN;
        }
        for (int i : miss.theirs()) {
          theirState[i] = BROKEN;
        }
        Plan plan = miss.plan();
        mismatches.add(
            new Break(
                BreakKind.FIELD_MISMATCH,
                idsOf(ourIds, miss.ours()),
                idsOf(theirIds, miss.theirs()),
                plan.pass.name(),
                differences(
                    plan.keys,
                    plan.compared,
                    plan.tolerances,
                    compared(miss.ours(), miss.theirs(), plan)[0],
                    compared(miss.ours(), miss.theirs(), plan)[1],
                    plan),
                OptionalLong.empty()));
      }
    }

    /**
     * Their unmatched records that repeat the values of another of theirs are duplicates of it (of
     * the matched one if there is one, else of the one with the smallest id, which is missing
     * ours); the rest of the unmatched are missing.
     */
    private void duplicatesAndMissing() {
      Map<ValuesKey, Long> original = new HashMap<>();
      IntOpenHashSet freeHashes = new IntOpenHashSet();
      for (int t = 0; t < theirs.length; t++) {
        if (theirState[t] == FREE) {
          freeHashes.add(duplicateHash[t]);
        }
      }
      for (int t = 0; t < theirs.length; t++) {
        if (theirState[t] != FREE && freeHashes.contains(duplicateHash[t])) {
          original.merge(new ValuesKey(theirs[t]), theirIds[t], Math::min);
        }
      }
      IntArrayList free = new IntArrayList();
      for (int t = 0; t < theirs.length; t++) {
        if (theirState[t] == FREE) {
          free.add(t);
        }
      }
      for (int t : inIdOrder(free.toIntArray(), theirIds)) {
        ValuesKey key = new ValuesKey(theirs[t]);
        Long of = original.get(key);
        RecordIds self = RecordIds.single(theirIds[t]);
        if (of == null) {
          original.put(key, theirIds[t]);
          missingOurs.add(
              new Break(
                  BreakKind.MISSING_OURS,
                  RecordIds.none(),
                  self,
                  null,
                  List.of(),
                  OptionalLong.empty()));
        } else {
          duplicates.add(
              new Break(
                  BreakKind.DUPLICATE_THEIRS,
                  RecordIds.none(),
                  self,
                  null,
                  List.of(),
                  OptionalLong.of(of)));
        }
        theirState[t] = BROKEN;
      }
    }
  }

  /** A record's values as a map key: equal when the values are. */
  private record ValuesKey(ReconRecord record) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ValuesKey k && record.sameValues(k.record);
    }

    @Override
    public int hashCode() {
      return record.valuesHash();
    }
  }

  /**
   * Runs {@code here} on this thread and {@code elsewhere} on another core at the same time, for
   * work on separate arrays; returns when both are done, throwing what {@code here} threw, else
   * what {@code elsewhere} did.
   */
  private static void inParallel(Runnable here, Runnable elsewhere) {
    RuntimeException[] failure = new RuntimeException[1];
    ForkJoinTask<?> task =
        ForkJoinPool.commonPool()
            .submit(
                () -> {
                  try {
                    elsewhere.run();
                  } catch (RuntimeException e) {
                    failure[0] = e;
                  }
                });
    try {
      here.run();
    } finally {
      task.join();
    }
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private static boolean allFree(byte[] state, int[] members) {
    for (int i : members) {
      if (state[i] != FREE) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(int[] array, int value) {
    for (int v : array) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static RecordIds idsOf(long[] sortedIds, int[] positions) {
    if (positions.length == 1) {
      return RecordIds.single(sortedIds[positions[0]]);
    }
    long[] ids = new long[positions.length];
    for (int i = 0; i < positions.length; i++) {
      ids[i] = sortedIds[positions[i]];
    }
    Arrays.sort(ids);
    return RecordIds.ofSorted(ids);
  }

  private static Cardinality cardinality(int ours, int theirs) {
    if (ours == 1) {
      return theirs == 1 ? Cardinality.ONE_TO_ONE : Cardinality.ONE_TO_MANY;
    }
    return theirs == 1 ? Cardinality.MANY_TO_ONE : Cardinality.MANY_TO_MANY;
  }
}
