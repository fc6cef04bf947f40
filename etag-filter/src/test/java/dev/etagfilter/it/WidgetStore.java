package dev.etagfilter.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/** An in-memory store whose writes are compare-and-set on the version. */
public final class WidgetStore {

  private final ConcurrentMap<String, Widget> widgets = new ConcurrentHashMap<>();

  public Optional<Widget> find(String id) {
    return Optional.ofNullable(widgets.get(id));
  }

  public List<Widget> all() {
    List<Widget> list = new ArrayList<>(widgets.values());
    list.sort((a, b) -> a.getId().compareTo(b.getId()));
    return list;
  }

  public void put(Widget widget) {
    widgets.put(widget.getId(), widget);
  }

  /** Replaces the widget only if {@code condition} holds for it, atomically; the new one or empty. */
  public Optional<Widget> replaceIf(String id, Predicate<Widget> condition, String name) {
    Widget[] result = new Widget[1];
    widgets.computeIfPresent(id, (key, current) -> {
      if (!condition.test(current)) {
        return current;
      }
      result[0] = new Widget(id, name, current.getVersion() + 1);
      return result[0];
    });
    return Optional.ofNullable(result[0]);
  }

  /** Deletes the widget only if {@code condition} holds for it, atomically. */
  public boolean deleteIf(String id, Predicate<Widget> condition) {
    Widget current = widgets.get(id);
    return current != null && condition.test(current) && widgets.remove(id, current);
  }

  public void clear() {
    widgets.clear();
  }
}
