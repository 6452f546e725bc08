package com.tickmark.app.ui.approvals;

import com.tickmark.app.ui.shell.NavigationBadge;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.task.BackgroundTask;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** The number next to "Approvals" in the navigation: the requests waiting for the signed-in user. */
final class InboxBadge implements NavigationBadge {
  private final ScreenContext context;
  private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

  InboxBadge(ScreenContext context) {
    this.context = context;
  }

  @Override
  public ReadOnlyIntegerProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  @Override
  public void refresh() {
    context.executor().execute(BackgroundTask.of("Counting requests waiting for you",
            task -> context.services().approvals().inbox(context.actor()).size())
        .onSuccess(count::set)
        .onFailure(e -> count.set(0)));
  }

  /** The Approvals screen read the inbox itself: no need to count again. */
  void set(int waiting) {
    count.set(waiting);
  }
}
