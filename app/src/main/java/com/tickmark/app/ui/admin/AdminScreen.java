package com.tickmark.app.ui.admin;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Permission;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Admin screen: users, backup and restore, the audit-trail check, and the FIX drop-copy
 * connection. For MANAGE_USERS, ADMINISTER_WORKSPACE or MANAGE_CONNECTIONS.
 */
public final class AdminScreen implements Screen {
  public static final String ID = "admin";

  private final AdminViewModel vm;
  private final ConnectionsViewModel connections;
  private final AdminView view;

  AdminScreen(
      AdminViewModel vm,
      ConnectionsViewModel connections,
      UiState uiState,
      Path workspaceDirectory,
      TableExports exports) {
    this.vm = vm;
    this.connections = connections;
    this.view = new AdminView(vm, uiState, workspaceDirectory, exports, connections);
  }

  /** How the screen registers itself in the main window. */
  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(ID, "Admin", MaterialDesignC.COG_OUTLINE, 80, AdminScreen::create)
        .withShortcut(ScreenDescriptor.digit(0))
        .requiringAnyOf(
            Permission.MANAGE_USERS,
            Permission.ADMINISTER_WORKSPACE,
            Permission.MANAGE_CONNECTIONS);
  }

  static AdminScreen create(ScreenContext context) {
    AdminViewModel vm =
        new AdminViewModel(
            context.services().users(),
            context.services().audit(),
            context.services().backups(),
            context.actor(),
            context.executor(),
            context.clock());
    ConnectionsViewModel connections =
        context.actor().may(Permission.MANAGE_CONNECTIONS)
            ? new ConnectionsViewModel(
                context.services().dropCopyConnection(),
                context.actor(),
                context.executor(),
                Platform::runLater)
            : null;
    return new AdminScreen(
        vm,
        connections,
        context.uiState(),
        context.workspaceDirectory(),
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
    if (connections != null) {
      connections.activate();
    }
  }

  @Override
  public void deactivate() {
    view.deactivate();
    if (connections != null) {
      connections.deactivate();
    }
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
