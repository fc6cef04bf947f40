/**
 * Items in a relational table with a {@code version} column; depends on the domain ({@code item})
 * only. {@link dev.etagfilter.sample.store.ItemStore} makes every write one conditional statement
 * (a compare-and-set on the version), {@link dev.etagfilter.sample.store.Database} opens H2 or
 * PostgreSQL behind a HikariCP pool with writes durable on acknowledgement, and {@link
 * dev.etagfilter.sample.store.SchemaMigrator} creates the schema at start.
 */
package dev.etagfilter.sample.store;
