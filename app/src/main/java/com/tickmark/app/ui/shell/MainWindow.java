package com.tickmark.app.ui.shell;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.AppIcons;
import com.tickmark.app.ui.ErrorDialogs;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.login.LoginViewModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.event.EventHandler;
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
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The main window: menu bar, navigation of the registered screens on the left (collapsible to
 * icons), the selected screen under a header, and the status bar. Screens are built the first time
 * they are opened and then kept; switching deactivates the one that leaves and activates the one
 * that arrives. The File menu signs out, switches user, locks and runs the end of day; the window
 * locks itself after the administrator's idle time and asks for the password again.
 */
public final class MainWindow {
  /** What the File menu's Sign out and Switch user do; the application provides it. */
  public interface SessionControl {
    /** Ends the session and shows the sign-in window. */
    void signOut();

    /** Asks who signs in next over this window; keeps this session when the user cancels. */
    void switchUser();
  }

  static final KeyCombination QUIT =
      new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
  static final KeyCombination FIND =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);
  static final KeyCombination SWITCH_USER =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination LOCK =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination COLLAPSE_NAVIGATION =
      new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
  private static final javafx.util.Duration IDLE_CHECK = javafx.util.Duration.seconds(5);
  private static final double SIDEBAR_MIN = 196;
  private static final double SIDEBAR_WIDTH = 236;
  private static final double SIDEBAR_COLLAPSED = 52;
  static final KeyCombination TOGGLE_THEME =
      new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  private static final double DEFAULT_WIDTH = 1380;
  private static final double DEFAULT_HEIGHT = 860;

  private final ScreenContext services;
  private final ScreenRegistry registry;
  private final MainViewModel vm;
  private final Runnable quit;
  private final SessionControl session;
  private final Map<String, Screen> built = new HashMap<>();
  private final Map<String, NavigationBadge> badges = new HashMap<>();
  private final StackPane content = new StackPane();
  private final Label screenTitle = new Label();
  private final ListView<ScreenDescriptor> navigation = new ListView<>();
  private final BorderPane root = new BorderPane();
  private final StackPane window = new StackPane(root);
  private final VBox sidebar = new VBox();
  private final Label brand = new Label("Tickmark");
  private SplitPane split;
  private Screen current;
  private Stage stage;
  private Scene scene;
  private IdleLock idle;
  private Timeline idleCheck;
  private Runnable forgetBounds = () -> {};
  private StatusBar statusBar;

  /** The windows the idle lock watches for activity (a hidden one is no longer in the list). */
  private final List<Window> watched = new ArrayList<>();

  private boolean closed;
  private Node lockPane;
  private final Map<KeyCombination, Runnable> acceleratorsWhileLocked = new HashMap<>();
  private final List<Window> hiddenWhileLocked = new ArrayList<>();

  /**
   * Tells the idle lock of each key press, click and scroll; holds the lock only, so a window that
   * keeps the filter (the long-lived stage) never keeps this main window alive.
   */
  private EventHandler<InputEvent> activity;

  /** Watches the dialogs opened later; registered weakly on the application-wide window list. */
  private final ListChangeListener<Window> newWindows =
      c -> {
        while (c.next()) {
          c.getAddedSubList().forEach(MainWindow.this::watch);
        }
      };

  private final ListChangeListener<Window> newWindowsWeakly =
      new WeakListChangeListener<>(newWindows);

  /** Another scene on the stage (the next user's window) ends this one if no one closed it. */
  private final ChangeListener<Scene> replaced =
      (obs, old, now) -> {
        if (now != scene) {
          close();
        }
      };

  /**
   * @param info the firm's settings as read at startup
   * @param quit ends the application (the File menu's Quit)
   */
  public MainWindow(
      ScreenContext services, ScreenRegistry registry, FirmProfile info, Runnable quit) {
    this(services, registry, info, quit, null);
  }

  /**
   * @param session what Sign out and Switch user do; null leaves them out of the File menu
   */
  public MainWindow(
      ScreenContext services,
      ScreenRegistry registry,
      FirmProfile info,
      Runnable quit,
      SessionControl session) {
    this.services = services.withOpener(this::open);
    this.registry = registry.availableTo(services.actor());
    this.quit = quit;
    this.session = session;
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

    brand.getStyleClass().addAll(Styles.TEXT_BOLD, "brand");
    brand.setGraphic(AppIcons.view(22));
    Button collapse = new Button();
    collapse.setId("navigation-collapse");
    collapse.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    FontIcon collapseIcon = new FontIcon();
    collapseIcon
        .iconCodeProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    vm.navigationCollapsedProperty().get()
                        ? MaterialDesignC.CHEVRON_DOUBLE_RIGHT
                        : MaterialDesignC.CHEVRON_DOUBLE_LEFT,
                vm.navigationCollapsedProperty()));
    collapse.setGraphic(collapseIcon);
    collapse.setTooltip(new Tooltip("Show or hide the screen names (Ctrl+B)"));
    collapse.setOnAction(e -> vm.toggleNavigation());
    Region brandGap = new Region();
    HBox.setHgrow(brandGap, Priority.ALWAYS);
    HBox top = new HBox(brand, brandGap, collapse);
    top.setAlignment(Pos.CENTER_LEFT);
    top.setPadding(new Insets(0, 6, 0, 0));
    sidebar.getChildren().setAll(top, navigation);
    VBox.setVgrow(navigation, Priority.ALWAYS);
    sidebar.getStyleClass().add("sidebar");

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

    split = new SplitPane(sidebar, main);
    split.setId("main-split");
    SplitPane.setResizableWithParent(sidebar, false);
    SplitPanes.remember(split, "main", services.uiState());
    applyNavigationWidth(vm.navigationCollapsedProperty().get());
    vm.navigationCollapsedProperty()
        .addListener((obs, old, collapsed) -> applyNavigationWidth(collapsed));

    root.setTop(menuBar());
    root.setCenter(split);
    statusBar = new StatusBar(vm, services.monitor());
    root.setBottom(statusBar.root());
    root.getStyleClass().add("main-window");
    window.setId("main-window");

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

  /**
   * Collapsed, the sidebar shows only the icons (the tooltip gives each screen's name and key);
   * expanded, it has room for the longest title, a count badge and its shortcut.
   */
  private void applyNavigationWidth(boolean collapsed) {
    brand.setText(collapsed ? null : "Tickmark");
    brand.setManaged(!collapsed);
    brand.setVisible(!collapsed);
    if (collapsed) {
      sidebar.setMinWidth(SIDEBAR_COLLAPSED);
      sidebar.setMaxWidth(SIDEBAR_COLLAPSED);
    } else {
      sidebar.setMaxWidth(360);
      sidebar.setMinWidth(SIDEBAR_MIN);
      if (split.getWidth() > 0) {
        placeSidebarDivider();
      }
    }
    navigation.refresh();
  }

  /**
   * Puts the divider where the navigation is {@link #SIDEBAR_WIDTH} wide. A fraction set while the
   * window is still taking its size is lost: the split pane's skin keeps the navigation's old width
   * when its own width changes (the navigation does not resize with the window), so on a first
   * start the navigation stayed at its maximum, 360 px. Until the navigation has its width, every
   * change of the split's width puts the divider again.
   */
  private void placeSidebarDivider() {
    if (split.getWidth() > 0) {
      split.setDividerPositions(SIDEBAR_WIDTH / split.getWidth());
    }
    SidebarPlacement placement = new SidebarPlacement();
    placement.watch();
    placement.onSplitWidth.changed(split.widthProperty(), 0, split.getWidth());
  }

  /** Puts the divider again on each width of the split, until the navigation has its width. */
  private final class SidebarPlacement {
    private final ChangeListener<Number> onSplitWidth =
        (obs, old, width) -> {
          // after the skin's own layout for this width, which would keep the old width
          Platform.runLater(
              () -> {
                if (split.getWidth() > 0 && !vm.navigationCollapsedProperty().get()) {
                  split.setDividerPositions(SIDEBAR_WIDTH / split.getWidth());
                }
              });
        };
    private final ChangeListener<Number> onSidebarWidth =
        (obs, old, width) -> {
          if (Math.abs(width.doubleValue() - SIDEBAR_WIDTH) < 4) { // within pixel snapping
            stop();
          }
        };
    // the user takes the divider: from then on it stays where they put it
    private final EventHandler<MouseEvent> onPress = e -> stop();

    void watch() {
      split.widthProperty().addListener(onSplitWidth);
      sidebar.widthProperty().addListener(onSidebarWidth);
      split.addEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
    }

    void stop() {
      split.widthProperty().removeListener(onSplitWidth);
      sidebar.widthProperty().removeListener(onSidebarWidth);
      split.removeEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
    }
  }

  private MenuBar menuBar() {
    MenuItem quitItem = new MenuItem("Quit");
    quitItem.setAccelerator(QUIT);
    quitItem.setOnAction(e -> quit.run());
    Menu file = new Menu("_File");
    file.setId("menu-file");
    if (services.actor().may(Permission.ROLL_BUSINESS_DATE)) {
      MenuItem eod = new MenuItem("End of day…", new FontIcon(MaterialDesignW.WEATHER_SUNSET));
      eod.setId("menu-end-of-day");
      eod.setOnAction(e -> endOfDay());
      file.getItems().addAll(eod, new SeparatorMenuItem());
    }
    MenuItem lock = new MenuItem("Lock", new FontIcon(MaterialDesignL.LOCK_OUTLINE));
    lock.setId("menu-lock");
    lock.setAccelerator(LOCK);
    lock.setOnAction(e -> lock(Duration.ZERO));
    file.getItems().add(lock);
    if (session != null) {
      MenuItem switchUser = new MenuItem("Switch user…");
      switchUser.setId("menu-switch-user");
      switchUser.setAccelerator(SWITCH_USER);
      switchUser.setOnAction(e -> session.switchUser());
      MenuItem signOut = new MenuItem("Sign out", new FontIcon(MaterialDesignL.LOGOUT));
      signOut.setId("menu-sign-out");
      signOut.setOnAction(e -> session.signOut());
      file.getItems().addAll(switchUser, signOut);
    }
    file.getItems().addAll(new SeparatorMenuItem(), quitItem);

    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.setId("menu-dark-theme");
    dark.selectedProperty().bindBidirectional(vm.darkThemeProperty());
    dark.setAccelerator(TOGGLE_THEME);
    CheckMenuItem collapsed = new CheckMenuItem("Icons only in the navigation");
    collapsed.setId("menu-collapse-navigation");
    collapsed.selectedProperty().bindBidirectional(vm.navigationCollapsedProperty());
    collapsed.setAccelerator(COLLAPSE_NAVIGATION);
    Menu view = new Menu("_View", null, dark, collapsed, new SeparatorMenuItem());
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

  /**
   * A screen's drill to another: shows {@code screenId}, if this user has it, with {@code item}.
   */
  private void open(String screenId, String item) {
    vm.screens().stream()
        .filter(d -> d.id().equals(screenId))
        .findFirst()
        .ifPresent(
            d -> {
              vm.selectScreen(d);
              Screen screen = built.get(screenId);
              if (screen != null && screen == current) {
                screen.reveal(item);
              }
            });
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
    // a window already on screen (the next user after Switch user) keeps its size; a new scene
    // would otherwise take its content's preferred width
    scene =
        target.isShowing()
            ? new Scene(window, target.getWidth(), target.getHeight())
            : new Scene(window);
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
    target.sceneProperty().addListener(replaced);
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
    forgetBounds = WindowBounds.restore(target, services.uiState(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    showScreen(vm.selectedScreenProperty().get());
    boolean dividerSaved = services.uiState().get("split.main").isPresent();
    target.show();
    if (!dividerSaved && !vm.navigationCollapsedProperty().get()) {
      // a first start: the navigation as wide as its entries need, whatever the window's width
      placeSidebarDivider();
    }
    startIdleLock();
  }

  /**
   * Reads the administrator's idle time (off the FX thread), then watches for key presses, clicks
   * and scrolls in this window and the dialogs it opens.
   */
  private void startIdleLock() {
    services
        .executor()
        .execute(
            BackgroundTask.of(
                    "Reading the idle lock", ctx -> services.services().users().idleLock())
                .onSuccess(
                    limit -> {
                      if (closed || stage == null || !stage.isShowing()) {
                        return; // signed out before the setting arrived
                      }
                      IdleLock lock = new IdleLock(limit, services.clock());
                      idle = lock;
                      activity = e -> lock.touch();
                      Window.getWindows().forEach(this::watch);
                      Window.getWindows().addListener(newWindowsWeakly);
                      idleCheck =
                          new Timeline(
                              new KeyFrame(
                                  IDLE_CHECK,
                                  e -> {
                                    if (stage.getScene() != scene || !stage.isShowing()) {
                                      close(); // no longer on screen, and no one closed it
                                    } else if (lock.due()) {
                                      lock(lock.limit());
                                    }
                                  }));
                      idleCheck.setCycleCount(Animation.INDEFINITE);
                      idleCheck.play();
                    }));
  }

  /** True while the window is locked and waits for the password. */
  public boolean isLocked() {
    return lockPane != null;
  }

  /**
   * Locks the window: its content, menus, shortcuts and the dialogs it opened are hidden until the
   * signed-in user gives their password again (or signs out); recorded in the audit trail.
   *
   * @param idleFor how long the window sat idle; zero when the user locked it by hand
   */
  public void lock(Duration idleFor) {
    if (isLocked()) {
      return;
    }
    if (idle != null) {
      idle.lock();
    }
    Actor actor = services.actor();
    services
        .executor()
        .execute(
            BackgroundTask.run(
                "Recording the lock", ctx -> services.services().users().lock(actor, idleFor)));
    // later: Ctrl+L itself is an accelerator, and the scene is going through them right now
    Platform.runLater(
        () -> {
          if (isLocked()) {
            acceleratorsWhileLocked.putAll(scene.getAccelerators());
            scene.getAccelerators().clear();
          }
        });
    for (Window w : List.copyOf(Window.getWindows())) {
      if (w != stage && w.isShowing() && ownedByThis(w)) {
        w.setOpacity(0);
        w.getScene().getRoot().setDisable(true);
        hiddenWhileLocked.add(w);
      }
    }
    root.setVisible(false);
    root.setDisable(true);
    LoginViewModel unlock =
        new LoginViewModel(
            (user, password) -> services.services().users().unlock(actor, password),
            services.executor(),
            "",
            unlocked -> unlock());
    unlock.usernameProperty().set(actor.username());
    LockPane pane =
        new LockPane(
            unlock,
            actor.username(),
            idleFor.isZero()
                ? "Locked by hand. Give your password to go on."
                : "Locked after "
                    + idleFor.toMinutes()
                    + " minutes without use. Give your password to go on.",
            session == null ? null : this::signOutFromLock);
    lockPane = pane.root();
    window.getChildren().add(lockPane);
    pane.focus();
  }

  private void signOutFromLock() {
    unlockView();
    session.signOut();
  }

  private void unlock() {
    unlockView();
    if (idle != null) {
      idle.unlocked();
    }
  }

  private void unlockView() {
    window.getChildren().remove(lockPane);
    lockPane = null;
    root.setDisable(false);
    root.setVisible(true);
    scene.getAccelerators().putAll(acceleratorsWhileLocked);
    acceleratorsWhileLocked.clear();
    for (Window w : hiddenWhileLocked) {
      w.getScene().getRoot().setDisable(false);
      w.setOpacity(1);
    }
    hiddenWhileLocked.clear();
  }

  private boolean ownedByThis(Window w) {
    Window owner = w;
    while (owner instanceof Stage s && s.getOwner() != null) {
      owner = s.getOwner();
      if (owner == stage) {
        return true;
      }
    }
    return w instanceof javafx.stage.PopupWindow p && p.getOwnerWindow() == stage;
  }

  /** File → End of day: the steps, their results, then the new business date in the status bar. */
  private void endOfDay() {
    EndOfDayViewModel eod =
        new EndOfDayViewModel(
            services.services().endOfDay(),
            services.actor(),
            services.executor(),
            Platform::runLater,
            this::refresh);
    new EndOfDayDialog(stage, eod, vm.businessDateTextProperty().get()).show();
  }

  private void watch(Window w) {
    if (activity != null && !watched.contains(w)) {
      w.addEventFilter(InputEvent.ANY, activity);
      watched.add(w);
    }
  }

  /**
   * The user signs out or the application ends: stops the idle lock, releases every screen built
   * and keeps what the user arranged (in their own layout file).
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (stage != null) {
      stage.sceneProperty().removeListener(replaced);
      stage.titleProperty().unbind();
    }
    forgetBounds.run();
    if (idleCheck != null) {
      idleCheck.stop();
    }
    Window.getWindows().removeListener(newWindowsWeakly);
    if (activity != null) {
      watched.forEach(w -> w.removeEventFilter(InputEvent.ANY, activity));
    }
    watched.clear();
    if (statusBar != null) {
      statusBar.dispose();
    }
    if (current != null) {
      current.deactivate();
      current = null;
    }
    built.values().forEach(Screen::dispose);
    built.clear();
    services.uiState().save();
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
      boolean collapsed = vm.navigationCollapsedProperty().get();
      Label title = new Label(collapsed ? null : item.title(), new FontIcon(item.icon()));
      title.setGraphicTextGap(10);
      if (collapsed) {
        setText(null);
        setGraphic(title);
        setId("nav-" + item.id());
        setTooltip(
            new Tooltip(
                item.title()
                    + registry
                        .shortcutOf(item)
                        .map(k -> " (" + k.getDisplayText() + ")")
                        .orElse("")));
        return;
      }
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
      setTooltip(null);
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
