package com.tickmark.app.ui.admin;

import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.security.Permission;
import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The Admin screen: users, backup and restore, and the audit-trail check. For MANAGE_USERS or ADMINISTER_WORKSPACE. */
public final class AdminScreen implements Screen {
  public static final String ID = "admin";

  private final AdminViewModel vm;
  private final AdminView view;

  AdminScreen(AdminViewModel vm, UiState uiState, java.nio.file.Path workspaceDirectory, TableExports exports) {
    this.vm = vm;
    this.view = new AdminView(vm, uiState, workspaceDirectory, exports);
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(ID, "Admin", MaterialDesignC.COG_OUTLINE, 80, AdminScreen::create)
        .requiringAnyOf(Permission.MANAGE_USERS, Permission.ADMINISTER_WORKSPACE);
  }

  static AdminScreen create(ScreenContext context) {
    AdminViewModel vm = new AdminViewModel(context.services().users(), context.services().audit(), context.services().backups(),
        context.actor(), context.executor(), context.clock());
    return new AdminScreen(vm, context.uiState(), context.workspaceDirectory(),
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState()));
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

  AdminViewModel viewModel() {
    return vm;
  }

  AdminView layout() {
    return view;
  }
}
