package com.tickmark.app.cli;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark eod}: end of day moves the business date on (needs ROLL_BUSINESS_DATE). */
@Command(
    name = "eod",
    mixinStandardHelpOptions = true,
    description = {
      "End of day: moves the firm's business date to the next day one of its markets is open.",
      "Needs the ROLL_BUSINESS_DATE permission (accountants)."
    })
final class EodCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Option(
      names = "--reason",
      defaultValue = "end of day",
      paramLabel = "TEXT",
      description = "Recorded in the audit trail (default: ${DEFAULT-VALUE}).")
  String reason;

  @Override
  public Integer call() {
    try (Session session = Session.open(root)) {
      var services = session.services();
      var actor = session.signIn();
      String codes =
          services
              .repositories()
              .settings()
              .get(SettingsRepository.FIRM_CALENDARS)
              .orElseThrow(
                  () ->
                      new UserException(
                          "The workspace does not say which markets the firm works on (setting "
                              + SettingsRepository.FIRM_CALENDARS
                              + "); create the firm first."));
      Map<String, HolidayCalendar> all = services.referenceData().calendars(actor);
      List<HolidayCalendar> calendars =
          Arrays.stream(codes.split(","))
              .map(
                  code -> {
                    HolidayCalendar c = all.get(code.trim());
                    if (c == null) {
                      throw new UserException(
                          "The firm's calendar "
                              + code
                              + " is not in the workspace's reference data.");
                    }
                    return c;
                  })
              .toList();
      LocalDate from = services.businessDate().businessDate();
      LocalDate to = services.businessDate().rollToNextBusinessDay(actor, calendars, reason);
      root.out.println("Business date moved from " + from + " to " + to + ".");
    }
    return TickmarkCommand.OK;
  }
}
