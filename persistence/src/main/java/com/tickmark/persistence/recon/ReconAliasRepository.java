package com.tickmark.persistence.recon;

import static com.tickmark.persistence.jooq.Tables.RECON_ALIAS;

import com.tickmark.model.recon.alias.ReconAlias;
import com.tickmark.model.recon.alias.ReconAliasStore;
import com.tickmark.persistence.jooq.tables.records.ReconAliasRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The firm's recon aliases. */
public final class ReconAliasRepository implements ReconAliasStore {
  private final DSLContext dsl;

  public ReconAliasRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<ReconAlias> aliases() {
    return dsl.selectFrom(RECON_ALIAS)
        .orderBy(RECON_ALIAS.TABLE_NAME, RECON_ALIAS.ALIAS)
        .fetch(ReconAliasRepository::toAlias);
  }

  @Override
  public Optional<ReconAlias> find(String table, String alias) {
    return dsl.selectFrom(RECON_ALIAS)
        .where(RECON_ALIAS.TABLE_NAME.eq(table).and(RECON_ALIAS.ALIAS.eq(alias)))
        .fetchOptional(ReconAliasRepository::toAlias);
  }

  @Override
  public void put(ReconAlias alias) {
    remove(alias.table(), alias.alias());
    ReconAliasRecord r = dsl.newRecord(RECON_ALIAS);
    r.setTableName(alias.table());
    r.setAlias(alias.alias());
    r.setCanonical(alias.canonical());
    r.insert();
  }

  @Override
  public boolean remove(String table, String alias) {
    return dsl.deleteFrom(RECON_ALIAS)
            .where(RECON_ALIAS.TABLE_NAME.eq(table).and(RECON_ALIAS.ALIAS.eq(alias)))
            .execute()
        > 0;
  }

  private static ReconAlias toAlias(ReconAliasRecord r) {
    return new ReconAlias(r.getTableName(), r.getAlias(), r.getCanonical());
  }
}
