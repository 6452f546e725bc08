package com.tickmark.app.approval;

import com.tickmark.app.area.Area;
import com.tickmark.app.cli.ApprovalsCommand;
import com.tickmark.app.ui.approvals.ApprovalsScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import java.util.List;

/**
 * The four-eyes inbox: its screen and {@code tickmark approvals}. The approval service is the
 * platform's; each area registers the handlers of its own requests.
 */
public final class ApprovalsArea implements Area {
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(ApprovalsScreen.descriptor());
  }

  @Override
  public List<Class<?>> commands() {
    return List.of(ApprovalsCommand.class);
  }
}
