package com.tickmark.app.cli;

import com.tickmark.app.refdata.ReferenceDataServices;
import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.ReferenceDataMaintenance;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Item;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import com.tickmark.model.security.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code tickmark refdata}: reference data from the command line. */
@Command(
    name = "refdata",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, shows, adds, edits, retires and reinstates instruments, counterparties, accounts,"
          + " books, calendars and standing settlement instructions (SSIs).",
      "KIND is instrument, counterparty, account, book, calendar or ssi; an item is named by its"
          + " symbol (instruments) or code. Fields are given as FIELD=VALUE, e.g."
          + " isin=US0378331005; 'tickmark refdata fields KIND' lists them.",
      "Changing a counterparty's LEI or BIC, or an instrument that trades name, and adding or"
          + " changing an SSI, waits for a second administrator's approval (tickmark approvals)."
    })
public final class RefdataCommand {
  @ParentCommand TickmarkCommand root;

  /** How a list is written. */
  /** Reads KIND: "instrument", "Instruments", ... */
  static final class KindConverter implements ITypeConverter<ReferenceDataKind> {
    @Override
    public ReferenceDataKind convert(String value) {
      try {
        return ReferenceDataKind.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Command(
      name = "fields",
      mixinStandardHelpOptions = true,
      description = "Lists the fields of a kind of reference data.")
  int fields(
      @Parameters(paramLabel = "KIND", converter = KindConverter.class) ReferenceDataKind kind) {
    String name = nameColumn(kind);
    for (ReferenceDataKind.Field f : kind.fields()) {
      root.out.printf(
          Locale.ROOT,
          name + " %-9s %s%n",
          f.name(),
          f.required() ? "required" : "optional",
          f.hint().isEmpty() ? f.label() : f.label() + ": " + f.hint());
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the items of a kind in use (with --all, the retired ones too).")
  int list(
      @Parameters(paramLabel = "KIND", converter = KindConverter.class) ReferenceDataKind kind,
      @Option(names = "--all", description = "Also the retired items.") boolean all,
      @Option(
              names = "--format",
              paramLabel = "FORMAT",
              defaultValue = "table",
              description = "table or csv (default: ${DEFAULT-VALUE}).")
          ListOutput.Format format) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      List<String> header = new ArrayList<>();
      kind.fields().forEach(f -> header.add(f.name()));
      header.add("retired");
      List<List<String>> rows = new ArrayList<>();
      for (Item item : maintenance(session).list(actor, kind)) {
        if (all || !item.retired()) {
          List<String> row = new ArrayList<>(item.values().values());
          row.add(item.retired() ? "yes" : "no");
          rows.add(row);
        }
      }
      ListOutput.print(root.out, format, header, rows);
    }
    return TickmarkCommand.OK;
  }

  /** The format of a column of field names: at least 14 wide, as wide as the longest name. */
  private static String nameColumn(ReferenceDataKind kind) {
    int width = kind.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0);
    return "%-" + Math.max(14, width) + "s";
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows one item's fields; for a calendar, also its holidays.")
  int show(
      @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class)
          ReferenceDataKind kind,
      @Parameters(index = "1", paramLabel = "KEY", description = "The symbol or code.") String key,
      @Option(
              names = "--year",
              paramLabel = "YYYY",
              description = "A calendar's holidays of one year.")
          Integer year) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      Item item = maintenance(session).item(actor, kind, key);
      String name = nameColumn(kind) + " %s%n";
      item.values().forEach((field, value) -> root.out.printf(Locale.ROOT, name, field, value));
      root.out.printf(Locale.ROOT, name, "retired", item.retired() ? "yes" : "no");
      if (kind == ReferenceDataKind.CALENDAR) {
        HolidayCalendar calendar =
            session
                .services()
                .referenceData()
                .calendars(actor)
                .get(item.values().get(kind.keyField()));
        for (Holiday h : year == null ? calendar.holidays() : calendar.holidays(year)) {
          root.out.printf(
              Locale.ROOT,
              "%s %s %s%n",
              h.date(),
              h.date().getDayOfWeek().name().substring(0, 3),
              h.name());
        }
      }
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds an item, every field checked (ISIN and LEI check digits, BIC and MIC form, known"
            + " currencies, calendars, strategies, books and providers, unique codes).",
        "Example: tickmark refdata add counterparty code=NBS 'name=Northbridge Securities LLC'"
            + " role=BROKER lei=5493000NBS000000001 bic=NBSCUS33 country=US --reason 'new broker'"
            + " --user admin"
      })
  int add(
      @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class)
          ReferenceDataKind kind,
      @Parameters(index = "1..*", paramLabel = "FIELD=VALUE", arity = "1..*")
          Map<String, String> fields,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      Outcome outcome =
          maintenance(session).add(session.signIn(), kind, normalised(fields), reason);
      print(outcome);
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = {
        "Changes fields of an item; the others stay. A calendar's holidays are added and removed"
            + " with --add-holiday and --remove-holiday.",
        "Example: tickmark refdata edit calendar XNYS --add-holiday '2026-12-24=Christmas Eve'"
            + " --reason 'early close declared a holiday' --user admin"
      })
  int edit(
      @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class)
          ReferenceDataKind kind,
      @Parameters(index = "1", paramLabel = "KEY", description = "The symbol or code.") String key,
      @Parameters(index = "2..*", paramLabel = "FIELD=VALUE", arity = "0..*")
          Map<String, String> fields,
      @Option(
              names = "--add-holiday",
              paramLabel = "YYYY-MM-DD=NAME",
              description = "A calendar's new holiday, or a new name for one; repeat for several.")
          Map<LocalDate, String> addHolidays,
      @Option(
              names = "--remove-holiday",
              paramLabel = "YYYY-MM-DD",
              description = "A calendar's holiday to remove; repeat for several.")
          List<LocalDate> removeHolidays,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    boolean holidays = addHolidays != null || removeHolidays != null;
    if (holidays && kind != ReferenceDataKind.CALENDAR) {
      throw new UserException(
          "Only a calendar has holidays: --add-holiday and --remove-holiday"
              + " go with 'refdata edit calendar CODE'.");
    }
    if ((fields == null || fields.isEmpty()) && !holidays) {
      throw new UserException(
          "Say what to change: FIELD=VALUE (see 'tickmark refdata fields "
              + kind.word()
              + "')"
              + (kind == ReferenceDataKind.CALENDAR
                  ? ", --add-holiday YYYY-MM-DD=NAME or --remove-holiday YYYY-MM-DD."
                  : "."));
    }
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      ReferenceDataMaintenance maintenance = maintenance(session);
      if (fields != null && !fields.isEmpty()) {
        print(maintenance.edit(actor, kind, key, null, normalised(fields), reason));
      }
      if (addHolidays != null) {
        for (Map.Entry<LocalDate, String> h : addHolidays.entrySet()) {
          print(maintenance.addHoliday(actor, key, h.getKey(), h.getValue(), reason));
        }
      }
      if (removeHolidays != null) {
        for (LocalDate date : removeHolidays) {
          print(maintenance.removeHoliday(actor, key, date, reason));
        }
      }
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "retire",
      mixinStandardHelpOptions = true,
      description =
          "Retires an item: no longer offered for new trades; the trades that name it keep it.")
  int retire(
      @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class)
          ReferenceDataKind kind,
      @Parameters(index = "1", paramLabel = "KEY") String key,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      print(maintenance(session).retire(session.signIn(), kind, key, reason));
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "reinstate",
      mixinStandardHelpOptions = true,
      description = "Takes a retired item back into use.")
  int reinstate(
      @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class)
          ReferenceDataKind kind,
      @Parameters(index = "1", paramLabel = "KEY") String key,
      @Option(names = "--reason", required = true, paramLabel = "TEXT") String reason) {
    try (Session session = Session.open(root)) {
      print(maintenance(session).reinstate(session.signIn(), kind, key, reason));
    }
    return TickmarkCommand.OK;
  }

  private void print(Outcome outcome) {
    root.out.println(
        outcome.waitsForApproval()
            ? "Request "
                + outcome.request().id()
                + " is waiting for a second administrator's approval: "
                + outcome.summary()
                + "."
            : outcome.summary());
  }

  /** Field names as given, in lower case: "ISIN=..." names the isin field. */
  private static Map<String, String> normalised(Map<String, String> fields) {
    Map<String, String> byName = new LinkedHashMap<>();
    fields.forEach((k, v) -> byName.put(k.trim().toLowerCase(Locale.ROOT), v));
    return byName;
  }

  private static ReferenceDataMaintenance maintenance(Session session) {
    return session.services().area(ReferenceDataServices.class).maintenance();
  }
}
