package dev.etagfilter;

/**
 * An entity that states its own version, from which its entity tag is made by {@link
 * VersionTags#of(Object)}. An alternative to {@link ETagVersion} for types that prefer an interface.
 */
public interface ETagVersioned {

  /**
   * The current version: changes on every write that changes the entity and never repeats for the
   * same URI. Null means "no entity tag".
   */
  Object etagVersion();
}
