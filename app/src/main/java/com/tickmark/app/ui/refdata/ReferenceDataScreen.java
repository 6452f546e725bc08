package com.tickmark.app.ui.refdata;

import com.tickmark.app.refdata.ReferenceDataServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The Reference data screen: what the firm trades, with whom, in which accounts, on which
 * calendars, at which prices.
 */
public final class ReferenceDataScreen implements Screen {
  public static final String ID = "refdata";

  private final ReferenceDataViewModel vm;
  private final ReferenceDataView view;

  ReferenceDataScreen(
      ReferenceDataViewModel vm,
      ReferenceDataEditing editing,
      UiState uiState,
      TableExports exports) {
    this.vm = vm;
    this.view = new ReferenceDataView(vm, editing, uiState, exports);
    editing.setOnChanged(vm::refresh);
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Reference data", MaterialDesignD.DATABASE_OUTLINE, 70, ReferenceDataScreen::create)
        .withShortcut(ScreenDescriptor.digit(7));
  }

  static ReferenceDataScreen create(ScreenContext services) {
    ReferenceDataViewModel vm =
        new ReferenceDataViewModel(
            WorkspaceReferenceDataSource.of(services), services.executor(), services.clock());
    ReferenceDataEditing editing =
        new ReferenceDataEditing(
            services.services().area(ReferenceDataServices.class).maintenance(),
            services.actor(),
            services.executor());
    return new ReferenceDataScreen(
        vm,
        editing,
        services.uiState(),
        TableExports.of(
            services.services(), services.actor(), services.executor(), services.uiState()));
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

  ReferenceDataViewModel viewModel() {
    return vm;
  }

  ReferenceDataView layout() {
    return view;
  }
}
