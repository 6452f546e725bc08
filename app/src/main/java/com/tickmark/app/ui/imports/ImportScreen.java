package com.tickmark.app.ui.imports;

import com.tickmark.app.AppServices;
import com.tickmark.app.StandardAreas;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.shell.CountBadge;
import com.tickmark.app.ui.shell.Screen;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The Import files screen: preview a broker's or the trading system's trade file, import it all or
 * nothing (or, when chosen, the valid rows with the others quarantined), and repair or discard the
 * quarantined rows; and import the kinds of file the areas contribute (settlement status files,
 * opening balances). Offered to users who may import any of them; each sees only their kinds.
 */
public final class ImportScreen implements Screen {
  public static final String ID = "imports";

  private final ImportViewModel vm;
  private final QuarantineViewModel quarantine;
  private final ImportView view;

  ImportScreen(
      ImportViewModel vm,
      QuarantineViewModel quarantine,
      UiState uiState,
      TableExports exports,
      Path inbox,
      ProfileEditorDialog.Opener editor,
      CountBadge badge) {
    this.vm = vm;
    this.quarantine = quarantine;
    this.view = new ImportView(vm, quarantine, uiState, exports, inbox);
    view.setProfileEditor(editor);
    vm.setOnImported(quarantine::refresh);
    quarantine.openCountProperty().addListener((obs, old, now) -> badge.set(now.intValue()));
  }

  /**
   * How the screen registers itself in the main window, with the number of quarantined rows still
   * open.
   */
  public static ScreenDescriptor descriptor() {
    CountBadge.PerWindow badges =
        CountBadge.perWindow(
            "Counting quarantined rows",
            context -> context.services().tradeImports().openQuarantineCount(context.actor()));
    return ScreenDescriptor.of(
            ID,
            "Import files",
            MaterialDesignF.FILE_IMPORT_OUTLINE,
            20,
            context -> create(context, badges.of(context)))
        .withShortcut(ScreenDescriptor.shifted(KeyCode.I))
        .requiringAnyOf(permissions())
        .withBadge(badges::of);
  }

  /** Who is offered the screen: who may import trade files or any kind an area contributes. */
  private static Permission[] permissions() {
    Set<Permission> all = EnumSet.of(ImportViewModel.Kind.TRADE_FILE.permission());
    StandardAreas.all().forEach(a -> a.importKinds().forEach(k -> all.add(k.permission())));
    return all.toArray(Permission[]::new);
  }

  /** The kinds of file the areas contribute, each importing for {@code actor}. */
  static List<ImportViewModel.Kind> kinds(AppServices services, Actor actor) {
    return StandardAreas.all().stream()
        .flatMap(a -> a.importKinds().stream())
        .map(
            k ->
                new ImportViewModel.Kind(
                    k.title(),
                    k.hint(),
                    k.extensions(),
                    k.permission(),
                    (file, monitor) -> k.importer().run(services, actor, file, monitor)))
        .toList();
  }

  static ImportScreen create(ScreenContext context, CountBadge badge) {
    var imports = context.services().tradeImports();
    ImportViewModel vm =
        new ImportViewModel(
            imports,
            context.services().referenceData(),
            context.actor(),
            context.executor(),
            kinds(context.services(), context.actor()));
    QuarantineViewModel quarantine =
        new QuarantineViewModel(imports, context.actor(), context.executor());
    TableExports exports =
        TableExports.of(context.services(), context.actor(), context.executor(), context.uiState());
    return new ImportScreen(
        vm,
        quarantine,
        context.uiState(),
        exports,
        context.services().inbox(),
        ProfileEditorDialog.opener(
            () -> new ProfileEditorViewModel(imports, context.actor(), context.executor())),
        badge);
  }

  @Override
  public Node view() {
    return view.root();
  }

  @Override
  public void activate() {
    view.activate();
    vm.activate();
    quarantine.activate();
  }

  @Override
  public void deactivate() {
    view.deactivate();
  }

  @Override
  public void refresh() {
    vm.loadProfiles(null);
    quarantine.refresh();
  }

  @Override
  public void focusSearch() {
    view.focusSearch();
  }

  /** The screen's view model (tests drive it; the file chooser is the one thing they bypass). */
  public ImportViewModel viewModel() {
    return vm;
  }

  QuarantineViewModel quarantineViewModel() {
    return quarantine;
  }

  ImportView layout() {
    return view;
  }
}
