package com.tickmark.app.ui.blotter;

import com.tickmark.app.AppServices;
import com.tickmark.app.StandardAreas;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.app.ui.trade.TradeDialogs;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.blotter.BlotterService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The trade blotter: every trade in the workspace, filtered, sorted, grouped and totalled, live.
 * For VIEW_DATA.
 */
public final class BlotterScreen implements Screen {
  public static final String ID = "blotter";

  private final BlotterViewModel vm;
  private final BlotterView view;
  private Runnable release = () -> {};

  BlotterScreen(BlotterViewModel vm, BlotterView view) {
    this.vm = vm;
    this.view = view;
  }

  public static ScreenDescriptor descriptor() {
    return ScreenDescriptor.of(
            ID, "Blotter", MaterialDesignT.TABLE_LARGE, 10, BlotterScreen::create)
        .withShortcut(ScreenDescriptor.digit(1))
        .requiringAnyOf(Permission.VIEW_DATA);
  }

  static BlotterScreen create(ScreenContext context) {
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "blotter");
              t.setDaemon(true);
              return t;
            });
    BlotterScreen screen = create(context, worker, Platform::runLater, dialogs(context));
    screen.release = worker::shutdownNow;
    return screen;
  }

  /**
   * The blotter's actions as the trade dialogs: the picked trades are read off the FX thread first.
   */
  static TradeActions dialogs(ScreenContext context) {
    return new TradeActions() {
      @Override
      public void captureNew(Window owner, Runnable done) {
        TradeDialogs.captureNew(owner, context, t -> done.run());
      }

      @Override
      public void move(Window owner, Action step, List<TradeId> trades, Runnable done) {
        read(trades, found -> TradeDialogs.move(owner, context, step, found, t -> done.run()));
      }

      @Override
      public void amend(Window owner, TradeId trade, Runnable done) {
        read(
            List.of(trade),
            found -> TradeDialogs.amend(owner, context, found.get(0), o -> done.run()));
      }

      @Override
      public void cancel(Window owner, TradeId trade, Runnable done) {
        read(
            List.of(trade),
            found -> TradeDialogs.cancel(owner, context, found.get(0), o -> done.run()));
      }

      private void read(List<TradeId> ids, Consumer<List<Trade>> then) {
        context
            .executor()
            .execute(
                BackgroundTask.of(
                        "Reading " + ids.size() + (ids.size() == 1 ? " trade" : " trades"),
                        task ->
                            ids.stream()
                                .map(id -> context.services().trades().find(context.actor(), id))
                                .flatMap(Optional::stream)
                                .toList())
                    .onSuccess(
                        found -> {
                          if (!found.isEmpty()) {
                            then.accept(found);
                          }
                        }));
      }
    };
  }

  /**
   * The screen over {@code context}, working on {@code worker} and applying results through {@code
   * fx}.
   */
  static BlotterScreen create(
      ScreenContext context, Executor worker, Executor fx, TradeActions actions) {
    AppServices services = context.services();
    BlotterService blotter = services.blotter();
    Actor actor = context.actor();
    BlotterData data =
        new BlotterData(() -> blotter.trades(actor), () -> blotter.reference(actor), worker, fx);
    BlotterViewModel vm =
        new BlotterViewModel(
            data,
            () -> blotter.trades(actor),
            services.trades(),
            services.audit(),
            services.firm(),
            services.tradeChanges(),
            context.actor(),
            context.executor(),
            StandardAreas.all().stream()
                .flatMap(a -> a.tradeDetailTabs().stream())
                .map(
                    t ->
                        new BlotterViewModel.DetailTab(
                            t.title(), t.id(), id -> t.read(services, actor, id)))
                .toList());
    TableExports exports =
        TableExports.of(services, context.actor(), context.executor(), context.uiState());
    return new BlotterScreen(vm, new BlotterView(vm, context.uiState(), exports, actions));
  }

  @Override
  public Node view() {
    return view.root();
  }

  @Override
  public void activate() {
    vm.activate();
  }

  @Override
  public void deactivate() {
    // keeps following trade changes, so the blotter is up to date when the user comes back
  }

  @Override
  public void refresh() {
    vm.reload();
  }

  @Override
  public void dispose() {
    vm.dispose();
    release.run();
  }

  @Override
  public void focusSearch() {
    view.focusSearch();
  }

  /** A trade another screen drilled to: the quick filter finds it by its id. */
  @Override
  public void reveal(String tradeId) {
    vm.quickFilterProperty().set(tradeId);
  }

  BlotterViewModel viewModel() {
    return vm;
  }

  BlotterView layout() {
    return view;
  }
}
