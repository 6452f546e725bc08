package com.tickmark.app.cli;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.recon.alias.ReconAlias;
import com.tickmark.model.recon.alias.ReconAliases;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark recon alias list|add|remove}: the firm's own equivalences for matching, such as a
 * counterparty's name as a bank spells it standing for the counterparty's code.
 */
@Command(
    name = "alias",
    mixinStandardHelpOptions = true,
    description =
        "Lists, adds and removes the firm's recon aliases: in table 'counterparty names', a"
            + " counterparty's name as a bank spells it stands for its code.",
    subcommands = {
      ReconAliasCommand.ListAliases.class,
      ReconAliasCommand.Add.class,
      ReconAliasCommand.Remove.class
    })
final class ReconAliasCommand {
  @ParentCommand ReconCommand parent;

  private static ReconAliases aliases(Session session) {
    return session.services().area(ReconServices.class).aliases();
  }

  /** {@code tickmark recon alias list [--format csv]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the aliases by table and alias.")
  static final class ListAliases implements Callable<Integer> {
    @ParentCommand ReconAliasCommand parent;

    @Mixin FormatOption output;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      try (Session session = Session.openToRead(root)) {
        List<List<String>> rows =
            aliases(session).list(session.signIn()).stream()
                .map(a -> List.of(a.table(), a.alias(), a.canonical()))
                .toList();
        ListOutput.print(root.out, output.format, List.of("table", "alias", "canonical"), rows);
      }
      return TickmarkCommand.OK;
    }
  }

  /** {@code tickmark recon alias add TABLE ALIAS CANONICAL}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Adds an alias (or changes what it stands for): recon alias add 'counterparty names'"
              + " 'BRIGHT BRIDGE TECH LTD' BBT.")
  static final class Add implements Callable<Integer> {
    @ParentCommand ReconAliasCommand parent;

    @Parameters(index = "0", paramLabel = "TABLE", description = "counterparty names")
    String table;

    @Parameters(index = "1", paramLabel = "ALIAS", description = "The spelling, as received.")
    String alias;

    @Parameters(
        index = "2",
        paramLabel = "CANONICAL",
        description = "What it stands for: the counterparty's code.")
    String canonical;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      try (Session session = Session.open(root)) {
        ReconAlias a = aliases(session).add(session.signIn(), table, alias, canonical);
        root.out.println(
            "Alias '" + a.alias() + "' in '" + a.table() + "' stands for " + a.canonical() + ".");
      }
      return TickmarkCommand.OK;
    }
  }

  /** {@code tickmark recon alias remove TABLE ALIAS}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an alias.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand ReconAliasCommand parent;

    @Parameters(index = "0", paramLabel = "TABLE", description = "counterparty names")
    String table;

    @Parameters(index = "1", paramLabel = "ALIAS", description = "The spelling to forget.")
    String alias;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      try (Session session = Session.open(root)) {
        ReconAlias a = aliases(session).remove(session.signIn(), table, alias);
        root.out.println("Alias '" + a.alias() + "' removed from '" + a.table() + "'.");
      }
      return TickmarkCommand.OK;
    }
  }
}
