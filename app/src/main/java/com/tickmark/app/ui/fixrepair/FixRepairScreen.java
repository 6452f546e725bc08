package com.tickmark.app.ui.fixrepair;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.CountBadge;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The FIX repair screen: drop-copy execution reports waiting for a person, with retry and dismiss.
 * For clerks (who repair them) and whoever runs the FIX connection.
 */
public final class FixRepairScreen implements Screen {
  public static final String ID = "fix-repair";

  private final FixRepairViewModel vm;
  private final FixRepairView view;

  FixRepairScreen(FixRepairViewModel vm, UiState uiState, TableExports exports, CountBadge badge) {
    this.vm = vm;
    this.view = new FixRepairView(vm, uiState, exports);
    vm.rows().totalCountProperty().addListener((obs, old, now) -> badge.set(now.intValue()));
  }

  /**
   * How the screen registers itself in the main window: just after the blotter, where clerks work,
   * with the number of reports waiting for repair.
   */
  public static ScreenDescriptor descriptor() {
    CountBadge.PerWindow badges =
        CountBadge.perWindow(
            "Counting FIX reports waiting for repair",
            context -> context.services().dropCopy().openRepairs(context.actor()).size());
    return ScreenDescriptor.of(
            ID,
            "FIX repair",
            MaterialDesignW.WRENCH_OUTLINE,
            15,
            context -> create(context, badges.of(context)))
        .withShortcut(ScreenDescriptor.shifted(KeyCode.F))
        .requiringAnyOf(Permission.CAPTURE_TRADES, Permission.MANAGE_CONNECTIONS)
        .withBadge(badges::of);
  }

  static FixRepairScreen create(ScreenContext context, CountBadge badge) {
    FixRepairViewModel vm =
        new FixRepairViewModel(context.services()::dropCopy, context.actor(), context.executor());
    return new FixRepairScreen(
        vm,
        context.uiState(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()),
        badge);
  }

  @Override
  public Node view() {
    return view.root();
  }

  @Override
  public void activate() {
    view.activate();
    vm.activate();
  }

  @Override
  public void deactivate() {
    view.deactivate();
  }

  @Override
  public void refresh() {
    vm.refresh();
  }

  @Override
  public void focusSearch() {
    view.focusSearch();
  }

  FixRepairViewModel viewModel() {
    return vm;
  }
}
