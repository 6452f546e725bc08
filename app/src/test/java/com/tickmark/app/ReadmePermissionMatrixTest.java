package com.tickmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.security.Permission;
import com.tickmark.model.security.PermissionMatrix;
import com.tickmark.model.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's permission matrix is the one the services enforce. */
class ReadmePermissionMatrixTest {
  static final List<Role> COLUMNS =
      List.of(
          Role.VIEWER, Role.CLERK, Role.ACCOUNTANT, Role.RISK_MANAGER, Role.COMPLIANCE, Role.ADMIN);

  static String expectedTable() {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("| permission |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Role r : COLUMNS) {
      header.append(' ').append(r).append(" |");
      rule.append("---|");
    }
    lines.add(header.toString());
    lines.add(rule.toString());
    for (Permission p : Permission.values()) {
      StringBuilder row = new StringBuilder("| ").append(p).append(" |");
      for (Role r : COLUMNS) {
        row.append(PermissionMatrix.permissionsOf(r).contains(p) ? " ✓ |" : "  |");
      }
      lines.add(row.toString());
    }
    return String.join("\n", lines);
  }

  @Test
  void theReadmeShowsThePermissionMatrixTheServicesEnforce() throws IOException {
    assertThat(COLUMNS).containsExactlyInAnyOrder(Role.values());
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("<!-- permission-matrix:start -->\n");
    int end = readme.indexOf("\n<!-- permission-matrix:end -->");
    assertThat(start).as("README has the matrix markers").isNotNegative();
    String table = readme.substring(start + "<!-- permission-matrix:start -->\n".length(), end);
    assertThat(table).as("README table; expected:\n" + expectedTable()).isEqualTo(expectedTable());
  }
}
