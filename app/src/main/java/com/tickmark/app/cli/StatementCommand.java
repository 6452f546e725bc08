package com.tickmark.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark statement}: bank statement files (MT940, camt.053). */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description =
        "Bank statement files (MT940 and ISO 20022 camt.053): check one, list the stored ones.",
    subcommands = {StatementCheckCommand.class, StatementListCommand.class})
public final class StatementCommand {
  @ParentCommand TickmarkCommand root;
}
