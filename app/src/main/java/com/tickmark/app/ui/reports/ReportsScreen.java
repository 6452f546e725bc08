package com.tickmark.app.ui.reports;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The Reports screen: every report the application offers, with its parameters, a preview, and
 * export to Excel and PDF.
 */
public final class ReportsScreen implements Screen {
  public static final String ID = "reports";

  private final ReportsViewModel vm;
  private final ReportsView view;
  private final UiState uiState;

  ReportsScreen(ReportsViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    this.uiState = uiState;
    this.view = new ReportsView(vm, uiState, exports);
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Reports", MaterialDesignF.FILE_CHART_OUTLINE, 60, ReportsScreen::create)
        .withShortcut(ScreenDescriptor.digit(6));
  }

  static ReportsScreen create(ScreenContext context) {
    TableExports exports =
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState());
    ReportsViewModel vm =
        new ReportsViewModel(
            context.services().reportCatalog(),
            () -> context.services().reportContext(context.actor()),
            context.executor(),
            exports.exporter());
    return new ReportsScreen(vm, context.uiState(), exports);
  }

  @Override
  public Node view() {
    return view.root();
  }

  @Override
  public void activate() {
    view.activate();
    vm.activate(uiState.get(ReportsView.SELECTED_KEY, ""));
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

  ReportsViewModel viewModel() {
    return vm;
  }

  ReportsView layout() {
    return view;
  }
}
