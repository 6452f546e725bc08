package com.tickmark.app.cli;

import com.tickmark.model.time.EndOfDay;
import com.tickmark.model.time.EndOfDayStep;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark eod}: runs the registered end-of-day steps in order, the last of which moves the
 * business date on (needs ROLL_BUSINESS_DATE).
 */
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
      EndOfDay eod = services.endOfDay();
      EndOfDay.Outcome outcome =
          eod.run(
              actor,
              reason,
              new EndOfDay.Listener() {
                @Override
                public void finished(int index, EndOfDayStep step, String result) {
                  root.out.println(result);
                }
              });
      if (outcome.failure() != null) {
        throw outcome.failure();
      }
    }
    return TickmarkCommand.OK;
  }
}
