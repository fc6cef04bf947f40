package dev.etagfilter.sample;

/** The mergeable collection on the embedded H2 database, the default. */
class MergeableItemsContractOnH2Test extends MergeableItemsContractTest {

  @Override
  String jdbcUrl() {
    return "jdbc:h2:mem:mergeable;DB_CLOSE_DELAY=-1";
  }
}
