package com.tickmark.app.recon;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.model.recon.match.MatchResult;
import com.tickmark.model.recon.match.MatchingEngine;
import com.tickmark.model.recon.match.PriorDecisions;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconSides;
import com.tickmark.model.recon.run.RecordInfo;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For tests: how the cash recon's engine matches the bank entries of a workspace, read through the
 * app's side reader, by the entries' {@code file:line} (the inbox path, {@code bank/…}).
 */
public final class CashReconPasses {
  /** What became of one bank entry: matched or proposed by a pass. */
  public record Outcome(String pass, boolean proposed) {}

  private CashReconPasses() {}

  /** Each bank entry matched or proposed in the cash recon's runs for {@code dates}. */
  public static Map<String, Outcome> of(Path workspace, List<LocalDate> dates) {
    Map<String, Outcome> out = new HashMap<>();
    try (Workspace ws = Workspace.open(workspace)) {
      AppServices services = AppServices.of(ws, Clock.systemUTC());
      Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
      ReconSideReaders sides = services.area(ReconServices.class).sides();
      Recon cash =
          sides.recons().stream()
              .filter(r -> r.name().equals(BuiltInRecons.CASH_BANK))
              .findFirst()
              .orElseThrow();
      MatchingEngine engine = new MatchingEngine(sides.businessDay());
      for (LocalDate date : dates) {
        ReconSides read = sides.read(clerk, cash, date);
        MatchResult result =
            engine.run(cash.definition(), read.ours(), read.theirs(), PriorDecisions.NONE);
        result
            .matches()
            .forEach(
                m ->
                    m.theirs().stream()
                        .forEach(
                            id ->
                                out.put(
                                    where(read.theirInfo().get(id)),
                                    new Outcome(m.explanation().pass(), false))));
        result
            .proposals()
            .forEach(
                p ->
                    p.theirs().stream()
                        .forEach(
                            id ->
                                out.put(
                                    where(read.theirInfo().get(id)),
                                    new Outcome(p.explanation().pass(), true))));
      }
    }
    return out;
  }

  private static String where(RecordInfo info) {
    return info.sourceFile() + ":" + info.sourceLine();
  }
}
