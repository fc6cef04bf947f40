package dev.etagfilter.sample.item;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields belong together when an edit based on an older version is merged into the current
 * one. An edit may be merged only when no field of a group it touches changed in between: the
 * other save and this edit then changed things that are independent of each other.
 *
 * <pre>{@code
 * FieldGroups groups = FieldGroups.of(Set.of(ItemField.COLOR, ItemField.SIZE));   // name, price alone
 * groups.overlap(Set.of(ItemField.SIZE), base, current)   // [COLOR] if the color changed: no merge
 * }</pre>
 *
 * <p>A group is the unit of meaning: a T-shirt's color and size together name a product variant
 * that must exist, so a green shirt from one save and a size M from another must never be combined
 * without a person seeing it (the T-shirt of the optimistic-locking article). Fields named in no
 * group are each a group of their own.
 */
public final class FieldGroups {

  /** The sample's groups: color and size are the variant; name and price stand alone. */
  public static final FieldGroups VARIANT_TOGETHER = of(EnumSet.of(ItemField.COLOR, ItemField.SIZE));

  private final List<Set<ItemField>> groups;

  private FieldGroups(List<Set<ItemField>> groups) {
    this.groups = groups;
  }

  /**
   * The groups given; every other field stands alone.
   *
   * @throws IllegalArgumentException when a field is in two groups
   */
  @SafeVarargs
  public static FieldGroups of(Set<ItemField>... groups) {
    Set<ItemField> seen = EnumSet.noneOf(ItemField.class);
    for (Set<ItemField> group : groups) {
      for (ItemField field : group) {
        if (!seen.add(field)) {
          throw new IllegalArgumentException(field + " is in two groups");
        }
      }
    }
    return new FieldGroups(List.of(groups).stream().map(Set::copyOf).toList());
  }

  /** The group of {@code field}: the fields that change together with it. */
  public Set<ItemField> groupOf(ItemField field) {
    for (Set<ItemField> group : groups) {
      if (group.contains(field)) {
        return group;
      }
    }
    return EnumSet.of(field);
  }

  /**
   * The fields, in the groups of the {@code touched} ones, that differ between {@code base} (the
   * version the edit was based on) and {@code current}: empty when the edit can be merged.
   */
  public Set<ItemField> overlap(Set<ItemField> touched, ItemFields base, ItemFields current) {
    Set<ItemField> changed = EnumSet.noneOf(ItemField.class);
    for (ItemField field : touched) {
      for (ItemField member : groupOf(field)) {
        if (member.differs(base, current)) {
          changed.add(member);
        }
      }
    }
    return changed;
  }
}
