package com.tickmark.persistence.recon;

import com.tickmark.persistence.workspace.Workspace;

/** The reconciliation area's repositories, over the workspace's one shared jOOQ context. */
public final class ReconRepositories {
  private final ReconInputRepository inputs;
  private final BankStatementRepository statements;
  private final ReconRunRepository runs;
  private final ReconDefinitionRepository definitions;
  private final ReconAliasRepository aliases;

  private ReconRepositories(Workspace workspace) {
    this.inputs = new ReconInputRepository(workspace.dsl());
    this.statements = new BankStatementRepository(workspace.dsl());
    this.runs = new ReconRunRepository(workspace.dsl());
    this.definitions = new ReconDefinitionRepository(workspace.dsl());
    this.aliases = new ReconAliasRepository(workspace.dsl());
  }

  public static ReconRepositories of(Workspace workspace) {
    return new ReconRepositories(workspace);
  }

  /** Broker confirmations, custodian holdings and their imports. */
  public ReconInputRepository inputs() {
    return inputs;
  }

  /** Bank statements, their entries and imports. */
  public BankStatementRepository statements() {
    return statements;
  }

  /** Recon runs and their breaks. */
  public ReconRunRepository runs() {
    return runs;
  }

  /** The recons' settings the firm changed. */
  public ReconDefinitionRepository definitions() {
    return definitions;
  }

  /** The firm's recon aliases (counterparty names as banks spell them). */
  public ReconAliasRepository aliases() {
    return aliases;
  }
}
