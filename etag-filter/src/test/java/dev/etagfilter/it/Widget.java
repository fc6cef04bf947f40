package dev.etagfilter.it;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.etagfilter.ETagVersion;
import java.util.concurrent.atomic.AtomicInteger;

/** A versioned test entity whose serializations are counted. */
public final class Widget {

  /** Counts how many times any widget was serialized (Jackson reads {@code name} once per write). */
  public static final AtomicInteger SERIALIZATIONS = new AtomicInteger();

  private String id;
  private String name;
  @ETagVersion private long version;

  public Widget() {}

  public Widget(String id, String name, long version) {
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

  @JsonProperty("name")
  public String getName() {
    SERIALIZATIONS.incrementAndGet();
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

  Widget withVersion(long newVersion) {
    return new Widget(id, name, newVersion);
  }
}
