package dev.etagfilter.micrometer;

import dev.etagfilter.ETagVersion;

/** A versioned test entity: its version is its entity tag. */
public record Note(String id, String text, @ETagVersion long version) {}
