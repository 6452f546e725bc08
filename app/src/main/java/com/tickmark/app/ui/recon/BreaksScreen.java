package com.tickmark.app.ui.recon;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.blotter.BlotterScreen;
import com.tickmark.app.ui.settlement.ObligationsScreen;
import com.tickmark.app.ui.shell.CountBadge;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import java.util.Optional;
import java.util.function.Consumer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Breaks screen: the recons' breaks to work, all of them, or the matches kept with a
 * difference; the selected one side by side; the actions on a break and running the recons
 * (WORK_RECONCILIATIONS). For users who may view data; the navigation counts the breaks to work and
 * the proposed matches waiting for review.
 */
public final class BreaksScreen extends ModelViewScreen<BreaksViewModel, BreaksView> {
  public static final String ID = "breaks";

  BreaksScreen(
      BreaksViewModel vm,
      UiState uiState,
      TableExports exports,
      CountBadge badge,
      Consumer<String> openBlotter,
      Consumer<String> openObligation) {
    super(vm, new BreaksView(vm, uiState, exports, openBlotter, openObligation));
    vm.waitingProperty().addListener((obs, old, now) -> badge.set(now.intValue()));
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    CountBadge.PerWindow badges =
        CountBadge.perWindow(
            "Counting the breaks to work and the proposals to review",
            context ->
                (int)
                    context
                        .services()
                        .area(ReconServices.class)
                        .runs()
                        .breaks(context.actor(), Optional.empty())
                        .stream()
                        .filter(BreaksViewModel::waits)
                        .count());
    return ScreenDescriptor.of(
            ID,
            "Breaks",
            MaterialDesignS.SCALE_BALANCE,
            30,
            context -> create(context, badges.of(context)))
        .withShortcut(ScreenDescriptor.digit(3))
        .requiringAnyOf(Permission.VIEW_DATA)
        .withBadge(badges::of);
  }

  /** Shows the breaks to work of recon {@code recon} (the dashboard's drill). */
  @Override
  public void reveal(String recon) {
    viewModel().showProperty().set(BreaksViewModel.Show.TO_WORK);
    viewModel().reconProperty().set(recon);
  }

  static BreaksScreen create(ScreenContext context, CountBadge badge) {
    ReconServices recon = context.services().area(ReconServices.class);
    BreaksViewModel vm =
        new BreaksViewModel(
            recon.runs(),
            recon.breaks(),
            context.services().referenceData(),
            context.services().inbox(),
            context.actor(),
            () -> context.services().businessDate().businessDate(),
            context.executor());
    return new BreaksScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        badge,
        filter -> context.open(BlotterScreen.ID, filter),
        trade -> context.open(ObligationsScreen.ID, trade));
  }
}
