package com.tickmark.app.ui.trade;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.Side;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the manual trade entry dialog over the main window on a demo workspace, signed in as the
 * demo clerk and filled in as a clerk would, for looking at it and for the README's screenshot:
 * {@code java -cp <test class path> com.tickmark.app.ui.trade.TradeEntryTour DIR}. A manual tool,
 * not a test; close the window to end it.
 */
public final class TradeEntryTour {
  private TradeEntryTour() {}

  public static void main(String[] args) {
    Workspace ws = Workspace.open(Path.of(args[0]).toAbsolutePath());
    AppServices services = AppServices.of(ws, Clock.systemUTC());
    Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
    Platform.startup(
        () -> {
          Theme.LIGHT.apply();
          TaskMonitor monitor = new TaskMonitor();
          FxTaskExecutor executor =
              new FxTaskExecutor(2, monitor, (title, e) -> e.printStackTrace());
          ScreenContext context =
              new ScreenContext(services, clerk, executor, monitor, UiState.inMemory());
          Stage stage = new Stage();
          new MainWindow(
                  context,
                  StandardScreens.registry(),
                  new FirmService(new SettingsRepository(ws.dsl())).profile(),
                  Platform::exit)
              .show(stage);
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(1600);
          stage.setHeight(1000);
          TradeEntryViewModel vm =
              new TradeEntryViewModel(
                  services.trades(),
                  services.referenceData(),
                  services.businessDate(),
                  clerk,
                  executor,
                  Clock.systemUTC());
          TradeEntryDialog dialog = new TradeEntryDialog(stage, vm);
          vm.loadedProperty()
              .addListener(
                  (obs, old, loaded) -> {
                    Instrument equity =
                        services.repositories().referenceData().instruments().stream()
                            .filter(
                                i ->
                                    i.assetClass() == AssetClass.EQUITY
                                        && i.currency().code().equals("USD"))
                            .findFirst()
                            .orElseThrow();
                    vm.bookProperty()
                        .set(services.repositories().referenceData().books().get(0).code());
                    vm.instrumentProperty().set(equity.symbol());
                    vm.sideProperty().set(Side.BUY);
                    vm.quantityProperty().set("2,500");
                    vm.priceProperty()
                        .set(
                            services
                                .trades()
                                .referencePrice(
                                    clerk, equity.id(), services.businessDate().businessDate())
                                .map(p -> p.setScale(2, RoundingMode.HALF_EVEN).toPlainString())
                                .orElse("100"));
                    vm.commissionProperty().set("12.50");
                    vm.counterpartyProperty()
                        .set(
                            services.repositories().referenceData().counterparties().stream()
                                .filter(c -> c.role() == CounterpartyRole.BROKER)
                                .findFirst()
                                .orElseThrow()
                                .code());
                    vm.brokerRefProperty().set("PH-0718");
                    vm.accountProperty()
                        .set(services.repositories().referenceData().accounts().get(0).code());
                  });
          dialog.show(t -> System.out.println("Captured " + t.id()));
        });
  }
}
