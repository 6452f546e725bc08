package com.tickmark.app.ui.shell;

import java.util.Objects;
import javafx.scene.Node;

/**
 * A screen that is a view model and the layout that shows it, wired the one way every such screen
 * is: the layout attaches its listeners before the model loads (the model loads on its first
 * activation), detaches them when the screen leaves; F5 refreshes the model; Ctrl+F focuses the
 * layout's quick filter.
 *
 * @param <M> the view model
 * @param <L> the layout
 */
public abstract class ModelViewScreen<
        M extends ModelViewScreen.Model, L extends ModelViewScreen.Layout>
    implements Screen {
  /** What the screen asks of its view model. */
  public interface Model {
    /** The screen became visible: load the first time. */
    void activate();

    /** Read again. */
    void refresh();
  }

  /** What the screen asks of its layout. */
  public interface Layout {
    Node root();

    /** Focus the quick filter of the table in front. */
    void focusSearch();

    /** The screen became visible: attach listeners. */
    default void activate() {}

    /** The screen left: detach them. */
    default void deactivate() {}
  }

  private final M model;
  private final L layout;

  protected ModelViewScreen(M model, L layout) {
    this.model = Objects.requireNonNull(model, "view model");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  @Override
  public final Node view() {
    return layout.root();
  }

  @Override
  public final void activate() {
    layout.activate();
    model.activate();
  }

  @Override
  public final void deactivate() {
    layout.deactivate();
  }

  @Override
  public final void refresh() {
    model.refresh();
  }

  @Override
  public final void focusSearch() {
    layout.focusSearch();
  }

  /** The screen's view model (tests drive it). */
  public M viewModel() {
    return model;
  }

  /** The screen's layout (tests look into it). */
  public L layout() {
    return layout;
  }
}
