package dev.etagfilter.sample;

/** Version history and restore on the embedded H2 database, the default. */
class ItemHistoryContractOnH2Test extends ItemHistoryContractTest {

  @Override
  String jdbcUrl() {
    return "jdbc:h2:mem:history;DB_CLOSE_DELAY=-1";
  }
}
