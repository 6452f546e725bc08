package com.tickmark.app.area;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Permission;
import java.util.List;
import java.util.Set;

/**
 * A business area of Tickmark (trade, reference data, later settlement, reconciliation, the ledger,
 * risk) as the composition root sees it: what it adds to the shared registries. An area keeps its
 * reports, screens and commands in its own packages and lists them here; {@code StandardAreas}
 * registers each area with one line. Nothing shared gains a field when an area is added (ADR 0013).
 *
 * <p>The first four contributions need no workspace ({@code tickmark report list} and the
 * navigation exist before one is open); {@link #open} builds the area's services when one is.
 */
public interface Area {
  /** Reports the catalog offers (the Reports screen and {@code tickmark report}). */
  default List<ReportDefinition> reports() {
    return List.of();
  }

  /** Screens the navigation and the View menu offer; each keeps its own place and shortcut. */
  default List<ScreenDescriptor> screens() {
    return List.of();
  }

  /** picocli {@code @Command} classes that become subcommands of {@code tickmark}. */
  default List<Class<?>> commands() {
    return List.of();
  }

  /**
   * picocli {@code @Command} classes that become subcommands of {@code tickmark import}: the kinds
   * of incoming file the area reads (its {@code @ParentCommand} is the import command).
   */
  default List<Class<?>> importCommands() {
    return List.of();
  }

  /**
   * The kinds of incoming file the Import screen offers besides trade files, each to the users who
   * hold its permission; each runs through the same pipeline as the area's import command.
   */
  default List<ImportKind> importKinds() {
    return List.of();
  }

  /**
   * The folders of the workspace's {@code inbox/} whose files the area reads, as {@code tickmark
   * import inbox} imports them, each with its kind, in registration order.
   */
  default List<InboxFolder> inboxFolders() {
    return List.of();
  }

  /**
   * Tabs the blotter's trade detail shows after its own, each with what the area knows of the
   * picked trade (the settlement area: its obligation, status lines and penalties).
   */
  default List<TradeDetailTab> tradeDetailTabs() {
    return List.of();
  }

  /**
   * The permissions the area's services, screens and commands check. They are what the Admin screen
   * shows a role or user may do: a permission no registered area declares belongs to work Tickmark
   * does not do yet, and is not advertised. A test keeps the declarations and the checks in the
   * code in step.
   */
  default Set<Permission> permissions() {
    return Set.of();
  }

  /**
   * Builds the area's services over the platform services of an open workspace (the workspace, the
   * clock, audit, approvals, users, the business date, reference data). Called once per {@link
   * AppServices}, in registration order, so an area may use the services of one registered before
   * it through {@link AppServices#area(Class)}.
   */
  default AreaServices open(AppServices platform) {
    return new AreaServices() {};
  }
}
