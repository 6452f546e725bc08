package com.tickmark.app.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.StandardAreas;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.PermissionMatrix;
import com.tickmark.model.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Admin screen says what a role or user may do with only what Tickmark can do today. */
class AbilitiesTest {
  private final Abilities abilities = Abilities.standard();

  @Test
  void aUsersDetailListsNoPermissionWithoutACapabilityBehindIt() {
    for (Role role : Role.values()) {
      assertThat(abilities.of(Set.of(role)))
          .as(role.label())
          .isSubsetOf(StandardAreas.permissions())
          .isSubsetOf(PermissionMatrix.permissionsOf(role));
    }
    assertThat(abilities.lines(Set.of(Role.RISK_MANAGER, Role.COMPLIANCE)))
        .containsExactly(
            "See trades, reference data, prices and reports",
            "Export data to Excel or PDF",
            "Approve amendments and cancellations of confirmed trades",
            "Read and verify the audit trail",
            "Approve changes to users' roles")
        .doesNotContain(
            Permission.VIEW_RISK.description(),
            Permission.MANAGE_LIMITS.description(),
            Permission.WORK_ALERTS.description());
  }

  @Test
  void aRolesDescriptionIsWhatItsExistingPermissionsAllow() {
    assertThat(abilities.describe(Role.ACCOUNTANT))
        .isEqualTo(
            "See trades, reference data, prices and reports; export data to Excel or PDF; mark CSDR"
                + " penalties booked; approve break write-offs above the threshold; post manual"
                + " journal entries; approve manual journal entries; close and lock accounting"
                + " periods; run end of day and move the business date.");
    assertThat(abilities.describe(Role.CLERK))
        .contains("capture trades by hand or import trade files")
        .contains("run reconciliations"); // the recon area checks it (imports, runs, breaks)
    assertThat(abilities.describe(Role.VIEWER))
        .isEqualTo("See trades, reference data, prices and reports.");
  }

  @Test
  void aPermissionAppearsOnceAnAreaChecksIt() {
    Abilities withLedger =
        new Abilities(
            Set.copyOf(
                List.of(Permission.VIEW_DATA, Permission.POST_JOURNALS, Permission.CLOSE_PERIODS)));
    assertThat(withLedger.lines(Set.of(Role.ACCOUNTANT)))
        .containsExactly(
            "See trades, reference data, prices and reports",
            "Post manual journal entries",
            "Close and lock accounting periods");
  }
}
