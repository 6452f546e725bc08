package com.tickmark.app.cli;

import com.tickmark.app.AppServices;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.Mt54xWriter;
import com.tickmark.model.settlement.Obligation;
import com.tickmark.model.settlement.ObligationLine;
import com.tickmark.model.settlement.SettlementInstruction;
import com.tickmark.model.settlement.SettlementInstructions;
import com.tickmark.model.settlement.SettlementInstructions.Plan;
import com.tickmark.model.settlement.SettlementInstructions.Skipped;
import com.tickmark.model.settlement.SettlementType;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark settlement instructions}: the day's settlement instructions to the custodians as
 * ISO 15022 MT540 to MT543, one file per day in the workspace's {@code outbox/settlement/}.
 */
@Command(
    name = "instructions",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the settlement instructions of the trades done on the date that are still to settle:"
          + " MT540 (receive free), MT541 (receive against payment), MT542 (deliver free) or MT543"
          + " (deliver against payment), one file per day, outbox/settlement/MT54x_YYYYMMDD.fin in"
          + " the workspace (RJE: messages separated by $). Every message is read back and checked"
          + " before the file is written.",
      "An obligation without an applicable SSI is skipped and listed, never sent with guessed"
          + " details; FX spot settles cash against cash and has no MT54x. The sender is the"
          + " firm's BIC (workspace setting firm.bic). Needs EXPORT_DATA; the file is in the audit"
          + " trail.",
      "Prints how many messages of each type were written and what was skipped; with --format"
          + " csv, one row per obligation instead."
    })
public final class SettlementInstructionsCommand implements Callable<Integer> {
  static final String FOLDER = "settlement";
  static final List<String> SUMMARY_COLUMNS = List.of("message", "meaning", "count");
  static final List<String> SKIPPED_COLUMNS =
      List.of("trade_id", "our_reference", "counterparty", "instrument", "reason");
  static final List<String> MESSAGE_COLUMNS =
      List.of(
          "trade_id",
          "our_reference",
          "message_type",
          "counterparty",
          "isin",
          "quantity",
          "trade_date",
          "settlement_date",
          "amount",
          "currency",
          "place_of_settlement",
          "status");

  private static final Map<SettlementType, String> MEANING =
      Map.of(
          SettlementType.RFP, "receive free",
          SettlementType.RVP, "receive against payment",
          SettlementType.DFP, "deliver free",
          SettlementType.DVP, "deliver against payment");

  @ParentCommand SettlementCommand parent;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The trade date whose instructions to write (default: the business date).")
  LocalDate date;

  @Option(
      names = "--replace",
      description = "Write the day's file again when it exists (default: refuse).")
  boolean replace;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  ListOutput.Format format;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    try (Session session = Session.open(root)) {
      AppServices services = session.services();
      Actor actor = session.signIn();
      services.exports().checkMayExport(actor);
      LocalDate day = date != null ? date : services.businessDate().businessDate();
      Bic sender = firmBic(services.repositories().settings());
      Path file = services.workspace().outbox().resolve(FOLDER).resolve(Mt54xWriter.fileName(day));
      if (Files.exists(file) && !replace) {
        throw new UserException(
            "The settlement instructions of "
                + day
                + " were already written to "
                + file
                + ". Add --replace to write them again (the custodians may have the first file"
                + " already).");
      }
      Map<TradeId, Trade> tradesOfDay =
          services.area(TradeServices.class).repositories().trades().tradesOn(day).stream()
              .collect(Collectors.toMap(Trade::id, Function.identity()));
      List<ObligationLine> lines =
          services.area(SettlementServices.class).obligations().asOf(actor, day, false);
      Plan plan =
          SettlementInstructions.plan(
              day, lines, tradesOfDay, ReferenceData.of(services.repositories().referenceData()));
      String text;
      try {
        text = Mt54xWriter.write(sender, plan.instructions());
      } catch (Mt54xWriter.InvalidInstructionException e) {
        throw new UserException(e.getMessage());
      }
      String written = write(file, text, plan.instructions().isEmpty());
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("Trade date", day.toString());
      parameters.put("Skipped", Integer.toString(plan.skipped().size()));
      services
          .exports()
          .recordExport(
              actor,
              "Settlement instructions (MT54x)",
              "fin",
              parameters,
              plan.instructions().size(),
              written);
      Map<TradeId, Obligation> obligations = new LinkedHashMap<>();
      lines.forEach(l -> obligations.put(l.obligation().trade(), l.obligation()));
      print(root, new ReferenceNames(actor, services.referenceData()), plan, obligations, written);
    }
    return TickmarkCommand.OK;
  }

  private static Bic firmBic(SettingsRepository settings) {
    String text =
        settings
            .get(SettingsRepository.FIRM_BIC)
            .orElseThrow(
                () ->
                    new UserException(
                        "The workspace does not say the firm's BIC (setting "
                            + SettingsRepository.FIRM_BIC
                            + "), which sends the settlement instructions; a demo workspace made"
                            + " before it existed needs to be made again."));
    try {
      return Bic.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserException(
          "The firm's BIC (setting " + SettingsRepository.FIRM_BIC + ") is not valid: " + text);
    }
  }

  /**
   * Writes the day's file whole or not at all (a temporary file, then renamed); with nothing to
   * instruct, writes none and removes a replaced one. Returns where it went, or "none".
   */
  private static String write(Path file, String text, boolean nothing) {
    try {
      if (nothing) {
        Files.deleteIfExists(file);
        return "none";
      }
      Files.createDirectories(file.getParent());
      Path part = file.resolveSibling(file.getFileName() + ".part");
      Files.writeString(part, text, StandardCharsets.US_ASCII);
      try {
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return file.toAbsolutePath().normalize().toString();
    } catch (IOException e) {
      throw new UserException(
          "Could not write " + file + " (" + e + "); check that you may write in the workspace.");
    }
  }

  private void print(
      TickmarkCommand root,
      ReferenceNames names,
      Plan plan,
      Map<TradeId, Obligation> obligations,
      String written) {
    String where =
        plan.instructions().isEmpty()
            ? "No settlement instructions to write for " + plan.date() + "."
            : String.format(
                Locale.ROOT,
                "Wrote %d settlement instructions for %s to %s",
                plan.instructions().size(),
                plan.date(),
                written);
    if (format == ListOutput.Format.csv) {
      ListOutput.print(root.out, format, MESSAGE_COLUMNS, messageRows(names, plan, obligations));
      root.err.println(where);
      return;
    }
    List<List<String>> summary = new ArrayList<>();
    for (SettlementType t :
        List.of(SettlementType.RFP, SettlementType.RVP, SettlementType.DFP, SettlementType.DVP)) {
      summary.add(List.of(t.message(), MEANING.get(t), Long.toString(plan.count(t))));
    }
    Map<String, Long> skipped =
        plan.skipped().stream()
            .collect(
                Collectors.groupingBy(Skipped::reason, LinkedHashMap::new, Collectors.counting()));
    skipped.putIfAbsent(Skipped.MISSING_SSI, 0L);
    skipped.forEach((reason, n) -> summary.add(List.of("skipped", reason, Long.toString(n))));
    summary.add(
        List.of(
            "FX spot", "settles cash against cash, no MT54x", Integer.toString(plan.cashOnly())));
    ListOutput.print(root.out, format, SUMMARY_COLUMNS, summary);
    if (!plan.skipped().isEmpty()) {
      root.out.println();
      List<List<String>> rows = new ArrayList<>();
      for (Skipped s : plan.skipped()) {
        Obligation o = s.obligation();
        rows.add(
            List.of(
                o.trade().display(),
                o.reference(),
                names.counterparty(o.counterparty()),
                names.instruments.get(o.instrument()).symbol(),
                s.reason()));
      }
      ListOutput.print(root.out, format, SKIPPED_COLUMNS, rows);
    }
    root.out.println();
    root.out.println(where);
  }

  private static List<List<String>> messageRows(
      ReferenceNames names, Plan plan, Map<TradeId, Obligation> obligations) {
    List<List<String>> rows = new ArrayList<>();
    for (SettlementInstruction i : plan.instructions()) {
      rows.add(
          List.of(
              i.trade().display(),
              i.reference(),
              i.messageType(),
              names.counterparty(obligations.get(i.trade()).counterparty()),
              i.isin().value(),
              ReferenceNames.quantity(i.quantity()),
              i.tradeDate().toString(),
              i.settlementDate().toString(),
              i.amount() == null ? "" : names.money(i.amount(), i.currency()),
              i.currency().code(),
              i.placeOfSettlement().value(),
              "written"));
    }
    for (Skipped s : plan.skipped()) {
      Obligation o = s.obligation();
      Instrument instrument = names.instruments.get(o.instrument());
      rows.add(
          List.of(
              o.trade().display(),
              o.reference(),
              o.type().message(),
              names.counterparty(o.counterparty()),
              instrument.isin() == null ? "" : instrument.isin().value(),
              ReferenceNames.quantity(o.quantity()),
              plan.date().toString(),
              o.intendedDate().toString(),
              names.money(o.cash().amount().abs(), o.cash().currency()),
              o.cash().currency().code(),
              o.placeOfSettlement() == null ? "" : o.placeOfSettlement().value(),
              "skipped: " + s.reason()));
    }
    return rows;
  }
}
