package com.tickmark.app.ui.refdata;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.ReferenceDataMaintenance;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import com.tickmark.model.refdata.ReferenceDataRules;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Reference data screen's edit commands: forms to add, edit, retire and reinstate an
 * instrument, counterparty, account, book, calendar or SSI, and to add and remove a calendar's
 * holidays, for users holding MANAGE_REFERENCE_DATA (others are told who may). The rules are the
 * model's own ({@link ReferenceDataRules}, which {@link ReferenceDataMaintenance} applies again);
 * after a change the screen reads its data again and says what was done, or that the change waits
 * for a second administrator.
 */
public final class ReferenceDataEditing {
  private final ReferenceDataMaintenance maintenance;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Permitted permitted;
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private Runnable onChanged = () -> {};

  public ReferenceDataEditing(
      ReferenceDataMaintenance maintenance, Actor actor, TaskExecutor executor) {
    this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.permitted = Permitted.to(actor, Permission.MANAGE_REFERENCE_DATA, "change reference data");
  }

  /**
   * Whether the signed-in user may change reference data, and if not why: the edit commands are
   * offered with it ({@link Permitted#offer}).
   */
  public Permitted permitted() {
    return permitted;
  }

  /** Called after every change made through a form (the screen reads its data again). */
  public void setOnChanged(Runnable onChanged) {
    this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
  }

  /** What the last change did, or that it waits for approval. */
  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  /** A form's change was made: says so and has the screen read its data again. */
  public void done(Outcome outcome) {
    notice.set(
        outcome.waitsForApproval()
            ? Notice.info(
                "Waiting for a second administrator",
                "Request "
                    + outcome.request().id()
                    + " waits for approval: "
                    + outcome.summary()
                    + ".")
            : Notice.success("Reference data changed", outcome.summary()));
    onChanged.run();
  }

  private static List<ChangeForm.Field> fields(ReferenceDataKind kind) {
    return kind.fields().stream()
        .map(
            f ->
                new ChangeForm.Field(
                    f.name(),
                    f.label(),
                    f.required(),
                    f.hint(),
                    f.choices() != ReferenceDataKind.Choices.NONE))
        .toList();
  }

  /** A form for a new item of {@code kind}. */
  public ChangeForm addForm(ReferenceDataKind kind) {
    return new ChangeForm(
        "Add " + article(kind) + " " + kind.word(),
        kind == ReferenceDataKind.SSI
            ? "Every field is checked; the new SSI waits for a second administrator's approval."
            : "Every field is checked as the demo firm's are; the addition is kept in the audit"
                + " trail.",
        "Add " + kind.word(),
        fields(kind),
        () -> {
          ReferenceDataRules rules = maintenance.rules(actor);
          return new ChangeForm.Loaded(
              Map.of(),
              choices(kind, rules.data(), Map.of()),
              values -> byField(rules.problems(kind, null, values)),
              (values, reason) -> maintenance.add(actor, kind, values, reason));
        },
        executor,
        permitted.allowed());
  }

  /** A form for the item of {@code kind} named {@code key}, starting from its fields. */
  public ChangeForm editForm(ReferenceDataKind kind, String key) {
    return new ChangeForm(
        "Edit " + kind.word() + " " + key,
        switch (kind) {
          case INSTRUMENT ->
              "Once trades name the instrument, a change waits for a second administrator's"
                  + " approval.";
          case COUNTERPARTY ->
              "A new LEI or BIC waits for a second administrator's approval; other fields change"
                  + " at once.";
          case SSI ->
              "Every change to a settlement instruction waits for a second administrator's"
                  + " approval.";
          default -> "The change is kept in the audit trail.";
        },
        "Save",
        fields(kind),
        () -> {
          ReferenceDataRules rules = maintenance.rules(actor);
          Map<String, String> seen = maintenance.item(actor, kind, key).values();
          return new ChangeForm.Loaded(
              seen,
              choices(kind, rules.data(), seen),
              values -> byField(rules.problems(kind, key, values)),
              (values, reason) ->
                  maintenance.edit(actor, kind, key, seen, changed(seen, values), reason));
        },
        executor,
        permitted.allowed());
  }

  /** A form asking why {@code key} is retired ({@code retired} false) or reinstated (true). */
  public ChangeForm retireForm(ReferenceDataKind kind, String key, boolean retired) {
    return new ChangeForm(
        (retired ? "Reinstate " : "Retire ") + kind.word() + " " + key,
        kind == ReferenceDataKind.SSI
            ? (retired
                ? key + " settles trades again."
                : key + " settles no more trades; a less specific SSI may apply in its place.")
            : retired
                ? key + " is offered for new trades again."
                : key + " is no longer offered for new trades; the trades that name it keep it.",
        retired ? "Reinstate" : "Retire",
        List.of(),
        () ->
            new ChangeForm.Loaded(
                Map.of(),
                Map.of(),
                values -> Map.of(),
                (values, reason) ->
                    retired
                        ? maintenance.reinstate(actor, kind, key, reason)
                        : maintenance.retire(actor, kind, key, reason)),
        executor,
        permitted.allowed());
  }

  /** A form for a new holiday of {@code calendar}: its date (ISO, YYYY-MM-DD) and name. */
  public ChangeForm addHolidayForm(String calendar) {
    return new ChangeForm(
        "Add a holiday to " + calendar,
        "The day stops being a business day of " + calendar + " for every settlement date after.",
        "Add holiday",
        List.of(
            new ChangeForm.Field(
                ReferenceDataRules.HOLIDAY_DATE, "Date", true, "YYYY-MM-DD", false),
            new ChangeForm.Field(
                ReferenceDataRules.HOLIDAY_NAME, "Name", true, "e.g. Christmas Eve", false)),
        () ->
            new ChangeForm.Loaded(
                Map.of(),
                Map.of(),
                ReferenceDataEditing::holidayProblems,
                (values, reason) ->
                    maintenance.addHoliday(
                        actor,
                        calendar,
                        LocalDate.parse(values.get(ReferenceDataRules.HOLIDAY_DATE).trim()),
                        values.get(ReferenceDataRules.HOLIDAY_NAME),
                        reason)),
        executor,
        permitted.allowed());
  }

  /** A form asking why the holiday on {@code date} is removed from {@code calendar}. */
  public ChangeForm removeHolidayForm(String calendar, LocalDate date, String name) {
    return new ChangeForm(
        "Remove " + date + " from " + calendar,
        date + " (" + name + ") becomes a business day of " + calendar + ".",
        "Remove holiday",
        List.of(),
        () ->
            new ChangeForm.Loaded(
                Map.of(),
                Map.of(),
                values -> Map.of(),
                (values, reason) -> maintenance.removeHoliday(actor, calendar, date, reason)),
        executor,
        permitted.allowed());
  }

  private static Map<String, String> holidayProblems(Map<String, String> values) {
    Map<String, String> found = new HashMap<>();
    String text = values.getOrDefault(ReferenceDataRules.HOLIDAY_DATE, "").trim();
    if (text.isEmpty()) {
      found.put(ReferenceDataRules.HOLIDAY_DATE, "is required");
    } else {
      try {
        found.putAll(
            byField(
                ReferenceDataRules.holidayProblems(
                    LocalDate.parse(text), values.get(ReferenceDataRules.HOLIDAY_NAME))));
        return found;
      } catch (DateTimeParseException e) {
        found.put(
            ReferenceDataRules.HOLIDAY_DATE,
            "write the date as YYYY-MM-DD, e.g. 2026-12-24, not '" + text + "'");
      }
    }
    if (values.getOrDefault(ReferenceDataRules.HOLIDAY_NAME, "").isBlank()) {
      found.put(ReferenceDataRules.HOLIDAY_NAME, "say what the day is called");
    }
    return found;
  }

  private static Map<String, String> byField(List<ReferenceDataRules.Problem> problems) {
    Map<String, String> found = new LinkedHashMap<>();
    problems.forEach(p -> found.putIfAbsent(p.field(), p.message()));
    return found;
  }

  /** The fields the user changed, trimmed; the others are left as they are. */
  private static Map<String, String> changed(Map<String, String> seen, Map<String, String> now) {
    Map<String, String> changes = new LinkedHashMap<>();
    now.forEach(
        (field, value) -> {
          String v = value == null ? "" : value.trim();
          if (!v.equals(seen.getOrDefault(field, ""))) {
            changes.put(field, v);
          }
        });
    return changes;
  }

  /**
   * What each picked field offers, as the user knows it: an enum's label, or the code and name of
   * the reference data in use (a retired book or provider only when the item already names it).
   */
  private static Map<String, List<ChangeForm.Choice>> choices(
      ReferenceDataKind kind, ReferenceData data, Map<String, String> current) {
    Map<String, List<ChangeForm.Choice>> offered = new HashMap<>();
    for (ReferenceDataKind.Field f : kind.fields()) {
      String keep = current.getOrDefault(f.name(), "");
      List<ChangeForm.Choice> list =
          switch (f.choices()) {
            case NONE -> null;
            case ASSET_CLASS ->
                Arrays.stream(AssetClass.values())
                    .map(a -> new ChangeForm.Choice(a.name(), a.label()))
                    .toList();
            case ROLE -> inWords(CounterpartyRole.values());
            case ACCOUNT_TYPE -> inWords(AccountType.values());
            case CURRENCY ->
                data.currencies().stream().map(c -> named(c.code().code(), c.name())).toList();
            case STRATEGY ->
                data.strategies().stream().map(s -> named(s.code(), s.name())).toList();
            case COUNTERPARTY ->
                data.counterparties().stream()
                    .filter(c -> !c.retired() || c.code().equals(keep))
                    .sorted(Comparator.comparing(Counterparty::code))
                    .map(c -> named(c.code(), c.name()))
                    .toList();
            case BROKER ->
                data.counterparties().stream()
                    .filter(c -> c.role() == CounterpartyRole.BROKER)
                    .filter(c -> !c.retired() || c.code().equals(keep))
                    .sorted(Comparator.comparing(Counterparty::code))
                    .map(c -> named(c.code(), c.name()))
                    .toList();
            case BOOK ->
                data.books().stream()
                    .filter(b -> !b.retired() || b.code().equals(keep))
                    .sorted(Comparator.comparing(Book::code))
                    .map(b -> named(b.code(), b.name()))
                    .toList();
            case CUSTODY_ACCOUNT -> accounts(data, AccountType.CUSTODY, keep);
            case CASH_ACCOUNT -> accounts(data, AccountType.CASH, keep);
          };
      if (list != null) {
        offered.put(f.name(), list);
      }
    }
    return offered;
  }

  /** The accounts of {@code type} in use, and {@code keep} if it is one. */
  private static List<ChangeForm.Choice> accounts(
      ReferenceData data, AccountType type, String keep) {
    return data.accounts().stream()
        .filter(a -> a.type() == type)
        .filter(a -> !a.retired() || a.code().equals(keep))
        .sorted(Comparator.comparing(Account::code))
        .map(a -> named(a.code(), a.name()))
        .toList();
  }

  /** "GSCO · Goldman Sachs &amp; Co", as the trade form lists reference data. */
  private static ChangeForm.Choice named(String code, String name) {
    return new ChangeForm.Choice(code, code + " · " + name);
  }

  /** An enum's values as words: BROKER is "Broker", CUSTODY "Custody". */
  private static List<ChangeForm.Choice> inWords(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(
            v -> {
              String words = v.name().replace('_', ' ').toLowerCase(Locale.ROOT);
              return new ChangeForm.Choice(
                  v.name(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
            })
        .toList();
  }

  /** "an instrument", "a book"; for an abbreviation, as its first letter is said: "an SSI". */
  private static String article(ReferenceDataKind kind) {
    String word = kind.word();
    boolean abbreviation = word.equals(word.toUpperCase(Locale.ROOT));
    String vowelSounds = abbreviation ? "AEFHILMNORSX" : "aeiou";
    return vowelSounds.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
