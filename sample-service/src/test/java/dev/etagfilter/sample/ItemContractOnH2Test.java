package dev.etagfilter.sample;

/** The HTTP contract on the embedded H2 database, the default. */
class ItemContractOnH2Test extends ItemContractTest {

  @Override
  String jdbcUrl() {
    return "jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1";
  }
}
