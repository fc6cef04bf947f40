package dev.etagfilter.sample;

import dev.etagfilter.sample.store.TestDatabase;

/** Version history and restore on a real PostgreSQL (embedded). */
class ItemHistoryContractOnPostgresTest extends ItemHistoryContractTest {

  @Override
  String jdbcUrl() {
    return TestDatabase.POSTGRESQL.jdbcUrl();
  }
}
