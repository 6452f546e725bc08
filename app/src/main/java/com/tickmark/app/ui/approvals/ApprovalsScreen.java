package com.tickmark.app.ui.approvals;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.CountBadge;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Approvals screen: the four-eyes requests waiting for the signed-in user and the ones they
 * submitted. Everyone has it (a maker follows their own requests here); its navigation entry shows
 * how many requests wait.
 */
public final class ApprovalsScreen implements Screen {
  public static final String ID = "approvals";

  private final ApprovalsViewModel vm;
  private final ApprovalsView view;

  ApprovalsScreen(ApprovalsViewModel vm, UiState uiState, CountBadge badge, TableExports exports) {
    this.vm = vm;
    this.view = new ApprovalsView(vm, uiState, exports);
    vm.waitingCountProperty().addListener((obs, old, now) -> badge.set(now.intValue()));
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    CountBadge.PerWindow badges =
        CountBadge.perWindow(
            "Counting requests waiting for you",
            context -> context.services().approvals().inbox(context.actor()).size());
    return ScreenDescriptor.of(
            ID,
            "Approvals",
            MaterialDesignC.CHECKBOX_MULTIPLE_MARKED_OUTLINE,
            75,
            context -> create(context, badges.of(context)))
        .withShortcut(ScreenDescriptor.digit(8))
        .withBadge(badges::of);
  }

  static ApprovalsScreen create(ScreenContext context, CountBadge badge) {
    ApprovalsViewModel vm =
        new ApprovalsViewModel(
            context.services().approvals(),
            context.services().referenceData(),
            context.actor(),
            context.executor());
    return new ApprovalsScreen(
        vm,
        context.uiState(),
        badge,
        TableExports.of(
            context.services(), context.actor(), context.executor(), context.uiState()));
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

  ApprovalsViewModel viewModel() {
    return vm;
  }

  ApprovalsView layout() {
    return view;
  }
}
