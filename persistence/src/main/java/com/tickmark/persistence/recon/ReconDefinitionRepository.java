package com.tickmark.persistence.recon;

import static com.tickmark.persistence.jooq.Tables.RECON_DEFINITION;

import com.tickmark.model.recon.definition.ReconDefinitionStore;
import com.tickmark.model.recon.definition.StoredDefinition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/** The recons' changed settings, one row per recon ({@code recon_definition}). */
public final class ReconDefinitionRepository implements ReconDefinitionStore {
  private final DSLContext dsl;

  public ReconDefinitionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<StoredDefinition> all() {
    return dsl.selectFrom(RECON_DEFINITION)
        .orderBy(RECON_DEFINITION.RECON)
        .fetch(
            r ->
                new StoredDefinition(
                    r.getRecon(),
                    r.getSettings(),
                    r.getVersion(),
                    r.getUpdatedBy(),
                    r.getUpdatedAt().toInstant()));
  }

  @Override
  public void save(StoredDefinition d) {
    OffsetDateTime at = OffsetDateTime.ofInstant(d.updatedAt(), ZoneOffset.UTC);
    int updated =
        dsl.update(RECON_DEFINITION)
            .set(RECON_DEFINITION.SETTINGS, d.settings())
            .set(RECON_DEFINITION.VERSION, d.version())
            .set(RECON_DEFINITION.UPDATED_BY, d.updatedBy())
            .set(RECON_DEFINITION.UPDATED_AT, at)
            .where(RECON_DEFINITION.RECON.eq(d.recon()))
            .execute();
    if (updated == 0) {
      dsl.insertInto(RECON_DEFINITION)
          .set(RECON_DEFINITION.RECON, d.recon())
          .set(RECON_DEFINITION.SETTINGS, d.settings())
          .set(RECON_DEFINITION.VERSION, d.version())
          .set(RECON_DEFINITION.UPDATED_BY, d.updatedBy())
          .set(RECON_DEFINITION.UPDATED_AT, at)
          .execute();
    }
  }

  @Override
  public void delete(String recon) {
    dsl.deleteFrom(RECON_DEFINITION).where(RECON_DEFINITION.RECON.eq(recon)).execute();
  }
}
