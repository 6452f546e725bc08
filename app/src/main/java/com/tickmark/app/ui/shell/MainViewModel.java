package com.tickmark.app.ui.shell;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.firm.FirmProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's state: which screens exist and which is shown, the theme, and what the status
 * bar says about the workspace, the user, the firm and its business date.
 */
public final class MainViewModel {
  static final String SELECTED_SCREEN_KEY = "screen.selected";
  static final String DARK_THEME_KEY = "theme.dark";
  static final String NAVIGATION_COLLAPSED_KEY = "navigation.collapsed";
  static final String NO_FIRM = "no firm";

  private final List<ScreenDescriptor> screens;
  private final TaskExecutor executor;
  private final Supplier<FirmProfile> workspaceInfo;
  private final ObjectProperty<ScreenDescriptor> selectedScreen =
      new SimpleObjectProperty<>(this, "selectedScreen");
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
  private final BooleanProperty navigationCollapsed =
      new SimpleBooleanProperty(this, "navigationCollapsed");
  private final ReadOnlyStringWrapper workspaceText =
      new ReadOnlyStringWrapper(this, "workspaceText");
  private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper(this, "userText");
  private final ReadOnlyStringWrapper firmText =
      new ReadOnlyStringWrapper(this, "firmText", NO_FIRM);
  private final ReadOnlyStringWrapper businessDateText =
      new ReadOnlyStringWrapper(this, "businessDateText", NO_FIRM);
  private final ReadOnlyObjectWrapper<FirmProfile> info =
      new ReadOnlyObjectWrapper<>(this, "info", FirmProfile.NONE);

  /**
   * @param workspaceInfo reads the firm's settings; run off the FX thread
   */
  public MainViewModel(
      List<ScreenDescriptor> screens,
      TaskExecutor executor,
      Supplier<FirmProfile> workspaceInfo,
      Path workspaceDirectory,
      String userName,
      UiState uiState) {
    this.screens = List.copyOf(screens);
    this.executor = Objects.requireNonNull(executor, "executor");
    this.workspaceInfo = Objects.requireNonNull(workspaceInfo, "workspaceInfo");
    workspaceText.set(workspaceDirectory.toString());
    userText.set(userName);
    darkTheme.set(uiState.getBoolean(DARK_THEME_KEY, false));
    navigationCollapsed.set(uiState.getBoolean(NAVIGATION_COLLAPSED_KEY, false));
    String savedScreen = uiState.get(SELECTED_SCREEN_KEY, "");
    selectedScreen.set(
        this.screens.stream()
            .filter(s -> s.id().equals(savedScreen))
            .findFirst()
            .orElse(this.screens.isEmpty() ? null : this.screens.get(0)));
    uiState.addSaveHook(
        () -> {
          uiState.putBoolean(DARK_THEME_KEY, darkTheme.get());
          uiState.putBoolean(NAVIGATION_COLLAPSED_KEY, navigationCollapsed.get());
          if (selectedScreen.get() != null) {
            uiState.put(SELECTED_SCREEN_KEY, selectedScreen.get().id());
          }
        });
  }

  /** Shows what is known already (read at startup) without another query. */
  public void applyWorkspaceInfo(FirmProfile workspace) {
    info.set(workspace);
    firmText.set(workspace.firmName().orElse(NO_FIRM));
    businessDateText.set(workspace.businessDate().map(Object::toString).orElse(NO_FIRM));
  }

  /** Reads the firm's name and business date again, off the FX thread. */
  public void refreshWorkspaceInfo() {
    executor.execute(
        BackgroundTask.of("Reading firm settings", ctx -> workspaceInfo.get())
            .onSuccess(this::applyWorkspaceInfo));
  }

  public void selectScreen(ScreenDescriptor screen) {
    if (screens.contains(screen)) {
      selectedScreen.set(screen);
    }
  }

  public void toggleTheme() {
    darkTheme.set(!darkTheme.get());
  }

  public List<ScreenDescriptor> screens() {
    return screens;
  }

  public ObjectProperty<ScreenDescriptor> selectedScreenProperty() {
    return selectedScreen;
  }

  public void toggleNavigation() {
    navigationCollapsed.set(!navigationCollapsed.get());
  }

  /** True when the navigation shows only icons. */
  public BooleanProperty navigationCollapsedProperty() {
    return navigationCollapsed;
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  public ReadOnlyStringProperty workspaceTextProperty() {
    return workspaceText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty userTextProperty() {
    return userText.getReadOnlyProperty();
  }

  /** The firm's name, or "no firm". */
  public ReadOnlyStringProperty firmTextProperty() {
    return firmText.getReadOnlyProperty();
  }

  /** The business date in ISO form, or "no firm". */
  public ReadOnlyStringProperty businessDateTextProperty() {
    return businessDateText.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<FirmProfile> workspaceInfoProperty() {
    return info.getReadOnlyProperty();
  }
}
