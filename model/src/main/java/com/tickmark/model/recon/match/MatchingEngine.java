package com.tickmark.model.recon.match;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrays;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
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
import java.util.function.LongToIntFunction;
import java.util.function.Predicate;

/**
 * Matches the records of our side against theirs, pass after pass, on what is still unmatched.
 *
 * <p>The result depends only on the records, never on the order they come in: our records are taken
 * in id order, a group's records in id order, and among several candidates within tolerance the
 * closest wins (ties to the smallest id). A one-to-one pass is a hash join on primitive arrays (an
 * open-addressing table of key hashes whose slots chain their records through an {@code int[]}), so
 * a million against a million takes a fraction of a second. The grouped passes (one-to-many,
 * many-to-one, many-to-many) group by key in ordinary maps: they run on the leftovers.
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
    Long2IntOpenHashMap theirPositions;

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

    Run(
        ReconDefinition definition,
        List<ReconRecord> ours,
        List<ReconRecord> theirs,
        PriorDecisions prior) {
      this.definition = definition;
      this.kinds = definition.fields().stream().map(MatchField::kind).toArray(FieldKind[]::new);
      this.ourIds = new long[ours.size()];
      this.theirIds = new long[theirs.size()];
      this.ours = inIdOrder(ours, definition.ours(), ourIds);
      this.theirs = checked(theirs, definition.theirs(), theirIds);
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
     * Our records in id order, which fixes who gets a contested candidate. Already so in the usual
     * case (trades come in id order), when nothing is sorted.
     */
    private ReconRecord[] inIdOrder(List<ReconRecord> records, String side, long[] sortedIds) {
      ReconRecord[] array = records.toArray(new ReconRecord[0]);
      long[] ids = sortedIds;
      boolean sorted = true;
      for (int i = 0; i < array.length; i++) {
        ids[i] = array[i].id();
        sorted &= i == 0 || ids[i] >= ids[i - 1];
        check(array[i], side);
      }
      if (!sorted) {
        int[] order = new int[array.length];
        Arrays.setAll(order, i -> i);
        LongArrays.radixSortIndirect(order, ids, false);
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
     * Their records as they come, checked: the engine breaks every tie by id, so their order does
     * not matter and a million of them need not be sorted.
     */
    private ReconRecord[] checked(List<ReconRecord> records, String side, long[] ids) {
      ReconRecord[] array = records.toArray(new ReconRecord[0]);
      LongOpenHashSet seen = new LongOpenHashSet(array.length);
      for (int i = 0; i < array.length; i++) {
        ReconRecord r = array[i];
        check(r, side);
        ids[i] = r.id();
        if (!seen.add(ids[i])) {
          throw new IllegalArgumentException(side + " has two records with id " + r.id());
        }
      }
      return array;
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
        int[] t = positions(manual.theirs(), theirPositions(), theirState, definition.theirs());
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

    /** Where each of their ids is, for the manual matches (built once, when there are any). */
    private Long2IntOpenHashMap theirPositions() {
      if (theirPositions == null) {
        theirPositions = new Long2IntOpenHashMap(theirIds.length);
        theirPositions.defaultReturnValue(-1);
        for (int i = 0; i < theirIds.length; i++) {
          theirPositions.put(theirIds[i], i);
        }
      }
      return theirPositions;
    }

    private int[] positions(RecordIds ids, long[] sortedIds, byte[] state, String side) {
      return positions(ids, id -> Arrays.binarySearch(sortedIds, id), state, side);
    }

    private int[] positions(RecordIds ids, Long2IntOpenHashMap index, byte[] state, String side) {
      return positions(ids, index::get, state, side);
    }

    private int[] positions(RecordIds ids, LongToIntFunction index, byte[] state, String side) {
      int[] positions = new int[ids.size()];
      for (int i = 0; i < ids.size(); i++) {
        int at = index.applyAsInt(ids.get(i));
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
     * The keys of their free records ({@code null} for the others); in the first pass, remembers
     * the hash of every one of their records' key for finding duplicates.
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
      Object[] theirKeys = theirKeys(plan);
      int candidates = 0;
      for (Object k : theirKeys) {
        if (k != null) {
          candidates++;
        }
      }
      int capacity = HashCommon.arraySize(Math.max(candidates, 1), 0.5f);
      int mask = capacity - 1;
      int[] head = new int[capacity];
      int[] slotHash = new int[capacity];
      Arrays.fill(head, -1);
      int[] next = new int[theirs.length];
      for (int i = 0; i < theirs.length; i++) {
        Object k = theirKeys[i];
        if (k == null) {
          continue;
        }
        int h = HashCommon.mix(k.hashCode());
        int slot = h & mask;
        while (head[slot] != -1 && !(slotHash[slot] == h && theirKeys[head[slot]].equals(k))) {
          slot = (slot + 1) & mask;
        }
        next[i] = head[slot];
        head[slot] = i;
        slotHash[slot] = h;
      }
      for (int o = 0; o < ours.length; o++) {
        if (ourState[o] != FREE) {
          continue;
        }
        Object k = key(plan, ours[o]);
        if (k == null) {
          continue;
        }
        int h = HashCommon.mix(k.hashCode());
        int slot = h & mask;
        while (head[slot] != -1 && !(slotHash[slot] == h && theirKeys[head[slot]].equals(k))) {
          slot = (slot + 1) & mask;
        }
        // The closest candidate, ties to the smallest id; a chain is in no particular order.
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        int firstMiss = -1;
        for (int t = head[slot]; t != -1; t = next[t]) {
          if (theirState[t] != FREE) {
            continue;
          }
          double distance = distance(plan, ours[o], theirs[t]);
          if (distance < 0) {
            if (firstMiss < 0 || theirIds[t] < theirIds[firstMiss]) {
              firstMiss = t;
            }
          } else if ((distance < bestDistance
                  || (distance == bestDistance && theirIds[t] < theirIds[best]))
              && !(anyRejections
                  && rejected(RecordIds.single(ourIds[o]), RecordIds.single(theirIds[t])))) {
            best = t;
            bestDistance = distance;
          }
        }
        if (best >= 0) {
          ourState[o] = stateFor(plan);
          theirState[best] = stateFor(plan);
          record(
              plan,
              o,
              RecordIds.single(ourIds[o]),
              RecordIds.single(theirIds[best]),
              ours[o],
              theirs[best],
              bestDistance);
        } else if (firstMiss >= 0) {
          nearMisses.add(new NearMiss(plan, new int[] {o}, new int[] {firstMiss}));
        }
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
        if (!matched && miss != null) {
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
      MatchExplanation explanation = plan.exact;
      List<FieldDifference> differences =
          distance == 0 && (plan.identity || sameKeys(plan, ourSide, theirSide))
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
