package dev.etagfilter;

import jakarta.ws.rs.Priorities;

/** The filters' priorities, named. */
final class Priority {

  /**
   * After authentication and authorization (a client that may not write learns nothing about
   * preconditions), before header decorators and entity coders.
   */
  static final int PRECONDITIONS = Priorities.AUTHORIZATION + 500;

  /** Just before {@link #PRECONDITIONS}: the matched method's policy must be in place when it runs. */
  static final int METHOD_POLICY = PRECONDITIONS - 100;

  /**
   * Response filters run in descending priority order, so this one runs after the application's
   * own user-level and header-decorator filters have set headers such as {@code Last-Modified} or
   * {@code ETag}, whose values it then respects.
   */
  static final int ETAGS = Priorities.HEADER_DECORATOR - 500;

  private Priority() {}
}
