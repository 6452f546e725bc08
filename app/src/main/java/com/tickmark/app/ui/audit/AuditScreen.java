package com.tickmark.app.ui.audit;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Audit trail screen: search, read, verify and export the tamper-evident record of every
 * change. For VIEW_AUDIT.
 */
public final class AuditScreen implements Screen {
  public static final String ID = "audit";

  private final AuditViewModel vm;
  private final AuditView view;

  AuditScreen(AuditViewModel vm, UiState uiState, TableExports exports) {
    this.vm = vm;
    this.view = new AuditView(vm, uiState, exports);
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Audit trail", MaterialDesignS.SHIELD_SEARCH, 78, AuditScreen::create)
        .withShortcut(ScreenDescriptor.digit(9))
        .requiringAnyOf(Permission.VIEW_AUDIT);
  }

  static AuditScreen create(ScreenContext context) {
    AuditViewModel vm =
        new AuditViewModel(
            context.services().audit(),
            context.services().exports(),
            context.services().referenceData(),
            context.actor(),
            context.executor(),
            context.clock());
    return new AuditScreen(
        vm,
        context.uiState(),
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
    vm.search();
  }

  @Override
  public void focusSearch() {
    view.focusSearch();
  }

  AuditViewModel viewModel() {
    return vm;
  }

  AuditView layout() {
    return view;
  }
}
