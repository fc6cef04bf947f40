package dev.etagfilter.sample;

import dev.etagfilter.sample.store.TestDatabase;

/** The HTTP contract on a real PostgreSQL (embedded), as a deployment with replicas would run it. */
class ItemContractOnPostgresTest extends ItemContractTest {

  @Override
  String jdbcUrl() {
    return TestDatabase.POSTGRESQL.jdbcUrl();
  }
}
