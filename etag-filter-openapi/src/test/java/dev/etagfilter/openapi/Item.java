package dev.etagfilter.openapi;

import dev.etagfilter.ETagVersion;

/** A versioned test entity: its version is its entity tag. */
public class Item {
  private String id;
  private String name;
  @ETagVersion private long version;

  public Item() {}

  public Item(String id, String name, long version) {
    this.id = id;
    this.name = name;
    this.version = version;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
