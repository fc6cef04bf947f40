package dev.etagfilter.sample;

import dev.etagfilter.sample.store.TestDatabase;

/** The mergeable collection on a real PostgreSQL (embedded). */
class MergeableItemsContractOnPostgresTest extends MergeableItemsContractTest {

  @Override
  String jdbcUrl() {
    return TestDatabase.POSTGRESQL.jdbcUrl();
  }
}
