package com.tickmark.model.refdata;

import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.json.Json;
import com.tickmark.model.refdata.ReferenceDataRules.Checked;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adding, editing and retiring instruments, counterparties, accounts, books, calendars (and a
 * calendar's holidays) and standing settlement instructions, for users holding
 * MANAGE_REFERENCE_DATA. Every field is checked by {@link ReferenceDataRules}, every change is in
 * the audit trail, and an edit is refused when the item changed since the editor read it. Some
 * changes need a second person, a different user who also holds MANAGE_REFERENCE_DATA: a
 * counterparty's LEI or BIC (what confirmations and settlement instructions are matched on), any
 * field of an instrument that trades already name, and adding or editing an SSI (where the firm's
 * securities and cash go: a classic way to divert a payment). Retiring an SSI, and reinstating one
 * approved before, take effect at once; a reinstated SSI must not tie with one in use.
 *
 * <p>Nothing is deleted: a retired item is no longer offered for new trades (the trade rules refuse
 * it), while the trades that name it still do.
 */
public final class ReferenceDataMaintenance {
  /** The kind of four-eyes request an edit waiting for approval is. */
  public static final String CHANGE = "REFERENCE_DATA_CHANGE";

  private final ReferenceDataEditStore store;
  private final ApprovalService approvals;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final Map<ReferenceDataKind, Kind<?>> kinds = new LinkedHashMap<>();

  public ReferenceDataMaintenance(
      ReferenceDataEditStore store,
      ApprovalService approvals,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.store = store;
    this.approvals = approvals;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    List.of(
            new Instruments(),
            new Counterparties(),
            new Accounts(),
            new Books(),
            new Calendars(),
            new Ssis())
        .forEach(k -> kinds.put(k.kind, k));
  }

  /** What applies an approved edit; registered with the {@link ApprovalService}. */
  public List<ApprovalHandler<?>> approvalHandlers() {
    return List.of(new ChangeHandler());
  }

  /**
   * What a change did: made at once ({@link #request} is null), or waiting for a second person.
   *
   * @param summary one sentence: "Added instrument ACME." or the request's summary
   */
  public record Outcome(String summary, ApprovalRequest request) {
    public boolean waitsForApproval() {
      return request != null;
    }
  }

  /** The rules over the reference data as it is now: what a form checks its fields with. */
  public ReferenceDataRules rules(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return new ReferenceDataRules(ReferenceData.of(store));
  }

  /**
   * One item as the command line and the screen list it: its fields as text (by {@link
   * ReferenceDataKind.Field} name, in field order) and whether it is retired.
   */
  public record Item(Map<String, String> values, boolean retired) {
    public Item {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** Every item of {@code kind}, retired ones too, by symbol or code. */
  public List<Item> list(Actor actor, ReferenceDataKind kind) {
    actor.require(Permission.VIEW_DATA);
    return kind(kind).list(new ReferenceDataRules(ReferenceData.of(store)));
  }

  /** The item of {@code kind} named {@code key} (a symbol or code, in any case). */
  public Item item(Actor actor, ReferenceDataKind kind, String key) {
    actor.require(Permission.VIEW_DATA);
    return kind(kind).item(new ReferenceDataRules(ReferenceData.of(store)), key);
  }

  /** Adds an item of {@code kind} with these fields (by {@link ReferenceDataKind.Field} name). */
  public Outcome add(
      Actor actor, ReferenceDataKind kind, Map<String, String> values, String reason) {
    actor.require(Permission.MANAGE_REFERENCE_DATA);
    requireReason(reason);
    requireFields(kind, values.keySet());
    return tx.inTransaction(() -> kind(kind).add(actor, values, reason));
  }

  /**
   * Changes fields of the item of {@code kind} named {@code key}.
   *
   * @param seen its fields as the editor read them; refused when it is no longer so (null: as it is
   *     now)
   * @param changes the fields to change, by name; the others stay
   * @return the change made, or the request for a second person's approval
   */
  public Outcome edit(
      Actor actor,
      ReferenceDataKind kind,
      String key,
      Map<String, String> seen,
      Map<String, String> changes,
      String reason) {
    actor.require(Permission.MANAGE_REFERENCE_DATA);
    requireReason(reason);
    requireFields(kind, changes.keySet());
    return kind(kind).edit(actor, key, seen, changes, reason);
  }

  /** Retires the item: no longer offered for new trades; what names it keeps naming it. */
  public Outcome retire(Actor actor, ReferenceDataKind kind, String key, String reason) {
    return setRetired(actor, kind, key, true, reason);
  }

  /** Takes a retired item back into use. */
  public Outcome reinstate(Actor actor, ReferenceDataKind kind, String key, String reason) {
    return setRetired(actor, kind, key, false, reason);
  }

  private Outcome setRetired(
      Actor actor, ReferenceDataKind kind, String key, boolean retired, String reason) {
    actor.require(Permission.MANAGE_REFERENCE_DATA);
    requireReason(reason);
    return tx.inTransaction(() -> kind(kind).setRetired(actor, key, retired, reason));
  }

  /** Adds a holiday to a calendar, or renames the one on that day. */
  public Outcome addHoliday(
      Actor actor, String calendar, LocalDate date, String name, String reason) {
    actor.require(Permission.MANAGE_REFERENCE_DATA);
    requireReason(reason);
    Objects.requireNonNull(date, "date");
    List<ReferenceDataRules.Problem> problems = ReferenceDataRules.holidayProblems(date, name);
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return tx.inTransaction(
        () -> {
          HolidayCalendar before = calendar(calendar);
          Optional<Holiday> was =
              before.holidays().stream().filter(h -> h.date().equals(date)).findFirst();
          Holiday holiday = new Holiday(date, name.trim());
          if (was.isPresent() && was.get().equals(holiday)) {
            throw new IllegalArgumentException(
                date + " is already " + holiday.name() + " in " + before.code() + ".");
          }
          storeCalendar(before, before.withHoliday(holiday));
          record(
              actor.username(),
              ReferenceDataKind.CALENDAR,
              before.code(),
              AuditAction.AMEND,
              was.map(ReferenceDataMaintenance::json).orElse(""),
              json(holiday),
              reason);
          return new Outcome(
              "Added " + date + " " + holiday.name() + " to calendar " + before.code() + ".", null);
        });
  }

  /** Removes the holiday on {@code date} from a calendar. */
  public Outcome removeHoliday(Actor actor, String calendar, LocalDate date, String reason) {
    actor.require(Permission.MANAGE_REFERENCE_DATA);
    requireReason(reason);
    Objects.requireNonNull(date, "date");
    return tx.inTransaction(
        () -> {
          HolidayCalendar before = calendar(calendar);
          Holiday holiday =
              before.holidays().stream()
                  .filter(h -> h.date().equals(date))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              date + " is not a holiday in " + before.code() + "."));
          storeCalendar(before, before.withoutHoliday(date));
          record(
              actor.username(),
              ReferenceDataKind.CALENDAR,
              before.code(),
              AuditAction.AMEND,
              json(holiday),
              "",
              reason);
          return new Outcome(
              "Removed " + date + " " + holiday.name() + " from calendar " + before.code() + ".",
              null);
        });
  }

  private HolidayCalendar calendar(String code) {
    return ReferenceData.of(store)
        .calendar(code)
        .orElseThrow(() -> new IllegalArgumentException("There is no calendar " + code + "."));
  }

  private void storeCalendar(HolidayCalendar before, HolidayCalendar after) {
    if (!store.replace(before, after)) {
      throw stale(ReferenceDataKind.CALENDAR, before.code());
    }
  }

  private static String json(Holiday h) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("date", h.date().toString());
    fields.put("name", h.name());
    return Json.write(fields);
  }

  private Kind<?> kind(ReferenceDataKind kind) {
    return kinds.get(kind);
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "Say why: a change to reference data needs a reason (the audit trail keeps it).");
    }
  }

  private static void requireFields(ReferenceDataKind kind, Iterable<String> names) {
    names.forEach(kind::field); // refuses a name that is no field of the kind
  }

  private static IllegalStateException stale(ReferenceDataKind kind, String key) {
    return new IllegalStateException(
        capitalised(kind.word())
            + " "
            + key
            + " was changed by someone else after you opened it; open it again and make your"
            + " change once more.");
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** An item's fields and whether it is retired, as the audit trail and approvals show them. */
  private static String json(Map<String, String> values, boolean retired) {
    Map<String, Object> fields = new LinkedHashMap<>(values);
    fields.put("retired", retired);
    return Json.write(fields);
  }

  /** "name Acme Corp → Acme Inc, isin … → …": the fields that differ. */
  private static String describe(Map<String, String> before, Map<String, String> after) {
    List<String> parts = new ArrayList<>();
    after.forEach(
        (field, value) -> {
          String was = before.getOrDefault(field, "");
          if (!was.equals(value)) {
            parts.add(
                field
                    + " "
                    + (was.isEmpty() ? "(none)" : was)
                    + " → "
                    + (value.isEmpty() ? "(none)" : value));
          }
        });
    return String.join(", ", parts);
  }

  private void record(
      String by,
      ReferenceDataKind kind,
      String key,
      AuditAction action,
      String before,
      String after,
      String reason) {
    audit.append(
        new AuditEvent(by, clock.instant(), kind.entity(), key, action, before, after, reason));
  }

  /**
   * The payload of an addition or edit waiting for approval: which item (by id, which an edit of
   * its symbol or code does not change; empty for an addition), its fields when the maker read them
   * (none for an addition) and as the maker wants them.
   */
  public record Change(
      String kind, String id, Map<String, String> before, Map<String, String> after) {
    public Change {
      before = Map.copyOf(before);
      after = Map.copyOf(after);
    }

    /** A new item, which gets its id when the change is approved. */
    public boolean addsNewItem() {
      return id.isEmpty();
    }
  }

  /** "counterparty GSX, asset-class EQUITY, …": the fields that have a value. */
  private static String listing(Map<String, String> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(
        (field, value) -> {
          if (!value.isEmpty()) {
            parts.add(field + " " + value);
          }
        });
    return String.join(", ", parts);
  }

  private static String approved(ApprovalRequest request) {
    return "approved request " + request.id() + " of " + request.maker() + ": " + request.reason();
  }

  /** How one kind of item is found, read as fields, checked, stored and retired. */
  private abstract class Kind<T> {
    final ReferenceDataKind kind;

    Kind(ReferenceDataKind kind) {
      this.kind = kind;
    }

    abstract List<T> all(ReferenceData data);

    abstract Optional<T> byKey(ReferenceData data, String key);

    abstract Optional<T> byId(ReferenceData data, String id);

    abstract String id(T item);

    abstract String key(T item);

    abstract Map<String, String> values(ReferenceDataRules rules, T item);

    /** Checks the fields of a new item ({@code existing} null) or of an edit of one. */
    abstract Checked<T> check(ReferenceDataRules rules, T existing, Map<String, String> values);

    abstract boolean retired(T item);

    abstract T withRetired(T item, boolean retired);

    abstract void store(T item);

    abstract boolean replace(T before, T after);

    /** Whether an edit from {@code before} to {@code after} needs a second person. */
    boolean needsApproval(T item, Map<String, String> before, Map<String, String> after) {
      return false;
    }

    /** Why an edit needs a second person, added to the request's summary. */
    String approvalNote() {
      return "";
    }

    /** Whether adding an item needs a second person. */
    boolean addNeedsApproval() {
      return false;
    }

    /** Refuses taking {@code item} back into use if the rules forbid it now; by default nothing. */
    void checkReinstate(ReferenceDataRules rules, T item) {}

    T existing(ReferenceData data, String key) {
      return byKey(data, key)
          .orElseThrow(
              () -> new IllegalArgumentException("There is no " + kind.word() + " " + key + "."));
    }

    List<Item> list(ReferenceDataRules rules) {
      return all(rules.data()).stream()
          .sorted(Comparator.comparing(this::key))
          .map(item -> new Item(values(rules, item), retired(item)))
          .toList();
    }

    Item item(ReferenceDataRules rules, String key) {
      T item = existing(rules.data(), key);
      return new Item(values(rules, item), retired(item));
    }

    Outcome add(Actor actor, Map<String, String> values, String reason) {
      ReferenceDataRules rules = new ReferenceDataRules(ReferenceData.of(store));
      T item = check(rules, null, values).orThrow();
      Map<String, String> fields = values(rules, item);
      if (addNeedsApproval()) {
        ApprovalRequest request =
            approvals.submit(
                actor,
                CHANGE,
                kind.entity(),
                key(item),
                "Add " + kind.word() + " " + key(item) + ": " + listing(fields),
                "",
                json(fields, false),
                new Change(kind.name(), "", Map.of(), fields),
                reason);
        return new Outcome(request.summary(), request);
      }
      store(item);
      record(
          actor.username(), kind, key(item), AuditAction.CREATE, "", json(fields, false), reason);
      return new Outcome("Added " + kind.word() + " " + key(item) + ".", null);
    }

    Outcome edit(
        Actor actor,
        String key,
        Map<String, String> seen,
        Map<String, String> changes,
        String reason) {
      ReferenceDataRules rules = new ReferenceDataRules(ReferenceData.of(store));
      T current = existing(rules.data(), key);
      Map<String, String> now = values(rules, current);
      if (seen != null && !seen.equals(now)) {
        throw stale(kind, key);
      }
      Map<String, String> wanted = new LinkedHashMap<>(now);
      changes.forEach((field, value) -> wanted.put(field, value == null ? "" : value.trim()));
      T checked = withRetired(check(rules, current, wanted).orThrow(), retired(current));
      Map<String, String> after = values(rules, checked);
      if (after.equals(now)) {
        throw new IllegalArgumentException(
            "The edit changes nothing: " + kind.word() + " " + key + " already has these values.");
      }
      if (needsApproval(current, now, after)) {
        ApprovalRequest request =
            approvals.submit(
                actor,
                CHANGE,
                kind.entity(),
                key(current),
                "Change "
                    + kind.word()
                    + " "
                    + key(current)
                    + ": "
                    + describe(now, after)
                    + approvalNote(),
                json(now, retired(current)),
                json(after, retired(current)),
                new Change(kind.name(), id(current), now, after),
                reason);
        return new Outcome(request.summary(), request);
      }
      return tx.inTransaction(
          () -> {
            if (!replace(current, checked)) {
              throw stale(kind, key);
            }
            record(
                actor.username(),
                kind,
                key(checked),
                AuditAction.AMEND,
                json(now, retired(current)),
                json(after, retired(current)),
                reason);
            return new Outcome(
                "Changed " + kind.word() + " " + key(checked) + ": " + describe(now, after) + ".",
                null);
          });
    }

    Outcome setRetired(Actor actor, String key, boolean retired, String reason) {
      ReferenceDataRules rules = new ReferenceDataRules(ReferenceData.of(store));
      T current = existing(rules.data(), key);
      if (retired(current) == retired) {
        throw new IllegalArgumentException(
            capitalised(kind.word())
                + " "
                + key(current)
                + (retired ? " is already retired." : " is not retired."));
      }
      if (!retired) {
        checkReinstate(rules, current);
      }
      T after = withRetired(current, retired);
      if (!replace(current, after)) {
        throw stale(kind, key);
      }
      Map<String, String> values = values(rules, current);
      record(
          actor.username(),
          kind,
          key(current),
          AuditAction.STATUS_CHANGE,
          json(values, !retired),
          json(values, retired),
          reason);
      return new Outcome(
          (retired ? "Retired " : "Reinstated ") + kind.word() + " " + key(current) + ".", null);
    }

    /** Applies an approved change, if the item is still as the maker saw it. */
    void apply(ApprovalRequest request, Change change, Actor checker) {
      ReferenceDataRules rules = new ReferenceDataRules(ReferenceData.of(store));
      if (change.addsNewItem()) {
        T item = check(rules, null, change.after()).orThrow();
        store(item);
        record(
            checker.username(),
            kind,
            key(item),
            AuditAction.CREATE,
            "",
            json(values(rules, item), false),
            approved(request));
        return;
      }
      T current =
          byId(rules.data(), change.id())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "The " + kind.word() + " of request " + request.id() + " is gone."));
      Map<String, String> now = values(rules, current);
      if (!now.equals(change.before())) {
        throw new IllegalStateException(
            capitalised(kind.word())
                + " "
                + key(current)
                + " changed after request "
                + request.id()
                + " was made; reject it and ask again.");
      }
      Map<String, String> after = new LinkedHashMap<>(now);
      after.putAll(change.after());
      T next = withRetired(check(rules, current, after).orThrow(), retired(current));
      if (!replace(current, next)) {
        throw stale(kind, key(current));
      }
      record(
          checker.username(),
          kind,
          key(next),
          AuditAction.AMEND,
          json(now, retired(current)),
          json(values(rules, next), retired(current)),
          approved(request));
    }
  }

  private final class Instruments extends Kind<Instrument> {
    Instruments() {
      super(ReferenceDataKind.INSTRUMENT);
    }

    @Override
    List<Instrument> all(ReferenceData data) {
      return data.instruments();
    }

    @Override
    Optional<Instrument> byKey(ReferenceData data, String key) {
      return data.instrument(key);
    }

    @Override
    Optional<Instrument> byId(ReferenceData data, String id) {
      return data.instrument(new InstrumentId(Long.parseLong(id)));
    }

    @Override
    String id(Instrument item) {
      return item.id().toString();
    }

    @Override
    String key(Instrument item) {
      return item.symbol();
    }

    @Override
    Map<String, String> values(ReferenceDataRules rules, Instrument item) {
      return rules.values(item);
    }

    @Override
    Checked<Instrument> check(
        ReferenceDataRules rules, Instrument existing, Map<String, String> values) {
      return existing == null
          ? rules.instrument(store.nextId(kind), Map.of(), values)
          : rules.instrument(existing.id().value(), rules.values(existing), values);
    }

    @Override
    boolean retired(Instrument item) {
      return item.retired();
    }

    @Override
    Instrument withRetired(Instrument item, boolean retired) {
      return item.withRetired(retired);
    }

    @Override
    void store(Instrument item) {
      store.add(item);
    }

    @Override
    boolean replace(Instrument before, Instrument after) {
      return store.replace(before, after);
    }

    /** Trades name it: a change would alter what they say, so a second person checks it. */
    @Override
    boolean needsApproval(Instrument item, Map<String, String> before, Map<String, String> after) {
      return store.traded(item.id());
    }

    @Override
    String approvalNote() {
      return " (trades name it)";
    }
  }

  private final class Counterparties extends Kind<Counterparty> {
    Counterparties() {
      super(ReferenceDataKind.COUNTERPARTY);
    }

    @Override
    List<Counterparty> all(ReferenceData data) {
      return data.counterparties();
    }

    @Override
    Optional<Counterparty> byKey(ReferenceData data, String key) {
      return data.counterparty(key);
    }

    @Override
    Optional<Counterparty> byId(ReferenceData data, String id) {
      return data.counterparty(new CounterpartyId(Long.parseLong(id)));
    }

    @Override
    String id(Counterparty item) {
      return item.id().toString();
    }

    @Override
    String key(Counterparty item) {
      return item.code();
    }

    @Override
    Map<String, String> values(ReferenceDataRules rules, Counterparty item) {
      return rules.values(item);
    }

    @Override
    Checked<Counterparty> check(
        ReferenceDataRules rules, Counterparty existing, Map<String, String> values) {
      return existing == null
          ? rules.counterparty(store.nextId(kind), Map.of(), values)
          : rules.counterparty(existing.id().value(), rules.values(existing), values);
    }

    @Override
    boolean retired(Counterparty item) {
      return item.retired();
    }

    @Override
    Counterparty withRetired(Counterparty item, boolean retired) {
      return item.withRetired(retired);
    }

    @Override
    void store(Counterparty item) {
      store.add(item);
    }

    @Override
    boolean replace(Counterparty before, Counterparty after) {
      return store.replace(before, after);
    }

    /** Its identifiers: confirmations and settlement instructions are matched on them. */
    @Override
    boolean needsApproval(
        Counterparty item, Map<String, String> before, Map<String, String> after) {
      return !before.get(ReferenceDataKind.Field.LEI).equals(after.get(ReferenceDataKind.Field.LEI))
          || !before
              .get(ReferenceDataKind.Field.BIC)
              .equals(after.get(ReferenceDataKind.Field.BIC));
    }
  }

  private final class Accounts extends Kind<Account> {
    Accounts() {
      super(ReferenceDataKind.ACCOUNT);
    }

    @Override
    List<Account> all(ReferenceData data) {
      return data.accounts();
    }

    @Override
    Optional<Account> byKey(ReferenceData data, String key) {
      return data.account(key);
    }

    @Override
    Optional<Account> byId(ReferenceData data, String id) {
      return data.account(new AccountId(Long.parseLong(id)));
    }

    @Override
    String id(Account item) {
      return item.id().toString();
    }

    @Override
    String key(Account item) {
      return item.code();
    }

    @Override
    Map<String, String> values(ReferenceDataRules rules, Account item) {
      return rules.values(item);
    }

    @Override
    Checked<Account> check(ReferenceDataRules rules, Account existing, Map<String, String> values) {
      return existing == null
          ? rules.account(store.nextId(kind), Map.of(), values)
          : rules.account(existing.id().value(), rules.values(existing), values);
    }

    @Override
    boolean retired(Account item) {
      return item.retired();
    }

    @Override
    Account withRetired(Account item, boolean retired) {
      return item.withRetired(retired);
    }

    @Override
    void store(Account item) {
      store.add(item);
    }

    @Override
    boolean replace(Account before, Account after) {
      return store.replace(before, after);
    }
  }

  private final class Books extends Kind<Book> {
    Books() {
      super(ReferenceDataKind.BOOK);
    }

    @Override
    List<Book> all(ReferenceData data) {
      return data.books();
    }

    @Override
    Optional<Book> byKey(ReferenceData data, String key) {
      return data.book(key);
    }

    @Override
    Optional<Book> byId(ReferenceData data, String id) {
      return data.book(new BookId(Long.parseLong(id)));
    }

    @Override
    String id(Book item) {
      return item.id().toString();
    }

    @Override
    String key(Book item) {
      return item.code();
    }

    @Override
    Map<String, String> values(ReferenceDataRules rules, Book item) {
      return rules.values(item);
    }

    @Override
    Checked<Book> check(ReferenceDataRules rules, Book existing, Map<String, String> values) {
      return existing == null
          ? rules.book(store.nextId(kind), Map.of(), values)
          : rules.book(existing.id().value(), rules.values(existing), values);
    }

    @Override
    boolean retired(Book item) {
      return item.retired();
    }

    @Override
    Book withRetired(Book item, boolean retired) {
      return item.withRetired(retired);
    }

    @Override
    void store(Book item) {
      store.add(item);
    }

    @Override
    boolean replace(Book before, Book after) {
      return store.replace(before, after);
    }
  }

  private final class Calendars extends Kind<HolidayCalendar> {
    Calendars() {
      super(ReferenceDataKind.CALENDAR);
    }

    @Override
    List<HolidayCalendar> all(ReferenceData data) {
      return List.copyOf(data.calendars().values());
    }

    @Override
    Optional<HolidayCalendar> byKey(ReferenceData data, String key) {
      return data.calendar(key);
    }

    @Override
    Optional<HolidayCalendar> byId(ReferenceData data, String id) {
      return data.calendar(id);
    }

    @Override
    String id(HolidayCalendar item) {
      return item.code();
    }

    @Override
    String key(HolidayCalendar item) {
      return item.code();
    }

    @Override
    Map<String, String> values(ReferenceDataRules rules, HolidayCalendar item) {
      return rules.values(item);
    }

    @Override
    Checked<HolidayCalendar> check(
        ReferenceDataRules rules, HolidayCalendar existing, Map<String, String> values) {
      return rules.calendar(existing, values);
    }

    @Override
    boolean retired(HolidayCalendar item) {
      return item.retired();
    }

    @Override
    HolidayCalendar withRetired(HolidayCalendar item, boolean retired) {
      return item.withRetired(retired);
    }

    @Override
    void store(HolidayCalendar item) {
      store.add(item);
    }

    @Override
    boolean replace(HolidayCalendar before, HolidayCalendar after) {
      return store.replace(before, after);
    }
  }

  private final class Ssis extends Kind<Ssi> {
    Ssis() {
      super(ReferenceDataKind.SSI);
    }

    @Override
    List<Ssi> all(ReferenceData data) {
      return data.ssis();
    }

    @Override
    Optional<Ssi> byKey(ReferenceData data, String key) {
      return data.ssi(key);
    }

    @Override
    Optional<Ssi> byId(ReferenceData data, String id) {
      return data.ssi(new SsiId(Long.parseLong(id)));
    }

    @Override
    String id(Ssi item) {
      return item.id().toString();
    }

    @Override
    String key(Ssi item) {
      return item.code();
    }

    @Override
    Map<String, String> values(ReferenceDataRules rules, Ssi item) {
      return rules.values(item);
    }

    @Override
    Checked<Ssi> check(ReferenceDataRules rules, Ssi existing, Map<String, String> values) {
      return existing == null
          ? rules.ssi(store.nextId(kind), false, Map.of(), values)
          : rules.ssi(existing.id().value(), existing.retired(), rules.values(existing), values);
    }

    @Override
    boolean retired(Ssi item) {
      return item.retired();
    }

    @Override
    Ssi withRetired(Ssi item, boolean retired) {
      return item.withRetired(retired);
    }

    @Override
    void store(Ssi item) {
      store.add(item);
    }

    @Override
    boolean replace(Ssi before, Ssi after) {
      return store.replace(before, after);
    }

    /** Where the firm's securities and cash go: a second person checks every change. */
    @Override
    boolean needsApproval(Ssi item, Map<String, String> before, Map<String, String> after) {
      return true;
    }

    @Override
    boolean addNeedsApproval() {
      return true;
    }

    @Override
    void checkReinstate(ReferenceDataRules rules, Ssi item) {
      rules
          .sameScope(item.withRetired(false))
          .ifPresent(
              p -> {
                throw new ReferenceDataException(List.of(p));
              });
    }
  }

  /** Applies an approved addition or edit. */
  private final class ChangeHandler implements ApprovalHandler<Change> {
    @Override
    public String kind() {
      return CHANGE;
    }

    /** A second holder of the permission the maker needed: another administrator. */
    @Override
    public Permission approvePermission() {
      return Permission.MANAGE_REFERENCE_DATA;
    }

    @Override
    public Class<Change> payloadType() {
      return Change.class;
    }

    @Override
    public void apply(ApprovalRequest request, Change change, Actor checker) {
      kinds.get(ReferenceDataKind.valueOf(change.kind())).apply(request, change, checker);
    }
  }
}
