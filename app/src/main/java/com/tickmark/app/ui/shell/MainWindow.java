package com.tickmark.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.AppIcons;
import com.tickmark.app.ui.ErrorDialogs;
import com.tickmark.app.ui.UiState;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.security.Actor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The main window: menu bar, navigation of the registered screens on the left, the selected screen
 * under a header, and the status bar. Screens are built the first time they are opened and then
 * kept; switching deactivates the one that leaves and activates the one that arrives.
 */
public final class MainWindow {
  static final KeyCombination QUIT =
      new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
  static final KeyCombination FIND =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);
  static final KeyCombination TOGGLE_THEME =
      new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  private static final double DEFAULT_WIDTH = 1380;
  private static final double DEFAULT_HEIGHT = 860;

  private final ScreenContext services;
  private final ScreenRegistry registry;
  private final MainViewModel vm;
  private final Runnable quit;
  private final Map<String, Screen> built = new HashMap<>();
  private final Map<String, NavigationBadge> badges = new HashMap<>();
  private final StackPane content = new StackPane();
  private final Label screenTitle = new Label();
  private final ListView<ScreenDescriptor> navigation = new ListView<>();
  private final BorderPane root = new BorderPane();
  private Screen current;
  private Stage stage;
  private Scene scene;

  /**
   * @param info the firm's settings as read at startup
   * @param quit ends the application (the File menu's Quit)
   */
  public MainWindow(
      ScreenContext services, ScreenRegistry registry, FirmProfile info, Runnable quit) {
    this.services = services;
    this.registry = registry.availableTo(services.actor());
    this.quit = quit;
    this.vm =
        new MainViewModel(
            this.registry.screens(),
            services.executor(),
            () -> services.services().firm().profile(),
            services.workspaceDirectory(),
            services.userName(),
            services.uiState());
    vm.applyWorkspaceInfo(info);
    build();
  }

  private void build() {
    for (ScreenDescriptor screen : vm.screens()) {
      if (screen.badge() != null) {
        badges.put(screen.id(), screen.badge().create(services));
      }
    }
    navigation.getItems().setAll(vm.screens());
    navigation.setId("navigation");
    navigation.getStyleClass().add("navigation");
    navigation.setCellFactory(list -> new NavigationCell());
    navigation
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                vm.selectScreen(now);
              } else if (old != null) {
                navigation.getSelectionModel().select(old); // a screen is always selected
              }
            });
    vm.selectedScreenProperty().addListener((obs, old, now) -> showScreen(now));

    Label brand = new Label("Tickmark");
    brand.getStyleClass().addAll(Styles.TEXT_BOLD, "brand");
    brand.setGraphic(AppIcons.view(22));
    VBox sidebar = new VBox(brand, navigation);
    VBox.setVgrow(navigation, Priority.ALWAYS);
    sidebar.getStyleClass().add("sidebar");
    sidebar.setMinWidth(196); // room for the longest title, a count badge and its shortcut
    sidebar.setMaxWidth(360);

    screenTitle.getStyleClass().addAll(Styles.TITLE_4, "screen-title");
    screenTitle.setId("screen-title");
    Button refresh = new Button(null, new FontIcon(MaterialDesignR.REFRESH));
    refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    refresh.setTooltip(new Tooltip("Refresh (F5)"));
    refresh.setOnAction(e -> refresh());
    FontIcon themeIcon = new FontIcon();
    themeIcon
        .iconCodeProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    vm.darkThemeProperty().get()
                        ? MaterialDesignW.WHITE_BALANCE_SUNNY
                        : MaterialDesignW.WEATHER_NIGHT,
                vm.darkThemeProperty()));
    Button theme = new Button(null, themeIcon);
    theme.setId("theme-toggle");
    theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    theme.setTooltip(new Tooltip("Switch between light and dark theme (Ctrl+Shift+T)"));
    theme.setOnAction(e -> vm.toggleTheme());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, screenTitle, spacer, refresh, theme);
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(6, 10, 6, 14));
    header.getStyleClass().add("screen-header");

    BorderPane main = new BorderPane(content);
    main.setTop(readOnlyBanner().map(banner -> (Node) new VBox(banner, header)).orElse(header));
    content.getStyleClass().add("screen-content");

    SplitPane split = new SplitPane(sidebar, main);
    split.setId("main-split");
    SplitPane.setResizableWithParent(sidebar, false);
    split.setDividerPositions(0.155);
    SplitPanes.remember(split, "main", services.uiState());

    root.setTop(menuBar());
    root.setCenter(split);
    root.setBottom(new StatusBar(vm, services.monitor()).root());
    root.getStyleClass().add("main-window");

    vm.darkThemeProperty().addListener((obs, old, dark) -> Theme.of(dark).apply());
  }

  /**
   * In a window for viewing (another program has the workspace open for writing), a banner that
   * says so and who writes; the actor holds only the permissions that read, so the screens offer no
   * change.
   */
  private Optional<Label> readOnlyBanner() {
    Actor actor = services.actor();
    if (!actor.isReadOnly()) {
      return Optional.empty();
    }
    String why = actor.readOnlyBecause();
    Label banner = new Label("Read only: " + why + ".", new FontIcon(MaterialDesignE.EYE_OUTLINE));
    banner.setId("read-only-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setPadding(new Insets(6, 14, 6, 14));
    banner.getStyleClass().addAll(Styles.WARNING, "read-only-banner");
    banner.setStyle("-fx-background-color: -color-warning-subtle;");
    return Optional.of(banner);
  }

  private MenuBar menuBar() {
    MenuItem quitItem = new MenuItem("Quit");
    quitItem.setAccelerator(QUIT);
    quitItem.setOnAction(e -> quit.run());
    Menu file = new Menu("_File", null, quitItem);

    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.setId("menu-dark-theme");
    dark.selectedProperty().bindBidirectional(vm.darkThemeProperty());
    dark.setAccelerator(TOGGLE_THEME);
    Menu view = new Menu("_View", null, dark, new SeparatorMenuItem());
    for (ScreenDescriptor screen : vm.screens()) {
      MenuItem item = new MenuItem(screen.title(), new FontIcon(screen.icon()));
      registry.shortcutOf(screen).ifPresent(item::setAccelerator);
      item.setOnAction(e -> vm.selectScreen(screen));
      view.getItems().add(item);
    }
    MenuItem refresh = new MenuItem("Refresh");
    refresh.setAccelerator(REFRESH);
    refresh.setOnAction(e -> refresh());
    view.getItems().addAll(new SeparatorMenuItem(), refresh);

    MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
    shortcuts.setAccelerator(SHORTCUTS);
    shortcuts.setOnAction(e -> ShellDialogs.keyboardShortcuts(stage, registry).show());
    MenuItem about = new MenuItem("About Tickmark");
    about.setOnAction(e -> ShellDialogs.about(stage, services.workspaceDirectory()).show());
    Menu help = new Menu("_Help", null, shortcuts, about);

    MenuBar bar = new MenuBar(file, view, help);
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private void showScreen(ScreenDescriptor descriptor) {
    if (current != null) {
      current.deactivate();
      current = null;
    }
    if (descriptor == null) {
      content.getChildren().clear();
      screenTitle.setText("");
      return;
    }
    if (navigation.getSelectionModel().getSelectedItem() != descriptor) {
      navigation.getSelectionModel().select(descriptor);
    }
    screenTitle.setText(descriptor.title());
    refreshBadges();
    Screen screen = built.get(descriptor.id());
    if (screen == null) {
      try {
        screen = descriptor.factory().create(services);
      } catch (RuntimeException e) {
        ErrorDialogs.show(stage, "Could not open " + descriptor.title(), e);
        content.getChildren().clear();
        return;
      }
      built.put(descriptor.id(), screen);
    }
    content.getChildren().setAll(screen.view());
    current = screen;
    screen.activate();
  }

  /** F5: the firm's settings and the current screen's data. */
  public void refresh() {
    vm.refreshWorkspaceInfo();
    refreshBadges();
    if (current != null) {
      current.refresh();
    }
  }

  private void refreshBadges() {
    badges.values().forEach(NavigationBadge::refresh);
  }

  /** Builds the scene and shows it in {@code stage}, where the user left the window last time. */
  public void show(Stage target) {
    this.stage = target;
    Theme.of(vm.darkThemeProperty().get()).apply();
    scene = new Scene(root);
    scene.getStylesheets().add(Theme.appStylesheetUrl());
    scene
        .getAccelerators()
        .put(
            FIND,
            () -> {
              if (current != null) {
                current.focusSearch();
              }
            });
    target.setScene(scene);
    AppIcons.apply(target);
    target
        .titleProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  String firm = vm.firmTextProperty().get();
                  return (MainViewModel.NO_FIRM.equals(firm)
                          ? "Tickmark"
                          : "Tickmark \u2014 " + firm)
                      + (services.actor().isReadOnly() ? " (read only)" : "");
                },
                vm.firmTextProperty()));
    WindowBounds.restore(target, services.uiState(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    showScreen(vm.selectedScreenProperty().get());
    target.show();
  }

  public MainViewModel viewModel() {
    return vm;
  }

  public Scene scene() {
    return scene;
  }

  /** The screen shown now. */
  public Optional<Screen> currentScreen() {
    return Optional.ofNullable(current);
  }

  UiState uiState() {
    return services.uiState();
  }

  private final class NavigationCell extends ListCell<ScreenDescriptor> {
    @Override
    protected void updateItem(ScreenDescriptor item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setId(null);
        setText(null);
        setGraphic(null);
        setTooltip(null);
        return;
      }
      Label title = new Label(item.title(), new FontIcon(item.icon()));
      title.setGraphicTextGap(10);
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      HBox row = new HBox(12, title, gap);
      row.setAlignment(Pos.CENTER_LEFT);
      NavigationBadge badge = badges.get(item.id());
      if (badge != null) {
        Label count = new Label();
        count.setId("nav-badge-" + item.id());
        count.getStyleClass().add("nav-badge");
        count.textProperty().bind(badge.countProperty().asString());
        count.visibleProperty().bind(badge.countProperty().greaterThan(0));
        count.managedProperty().bind(count.visibleProperty());
        row.getChildren().add(count);
      }
      registry
          .shortcutOf(item)
          .ifPresent(
              k -> {
                Label key = new Label(k.getDisplayText());
                key.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "shortcut-hint");
                row.getChildren().add(key);
                setTooltip(new Tooltip(item.title() + " (" + k.getDisplayText() + ")"));
              });
      setText(null);
      setGraphic(row);
      setId("nav-" + item.id());
    }
  }

  /** The node tree of the window, for tests and screenshots. */
  public Node root() {
    return root;
  }
}
