package dev.etagfilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Before one resource method runs: answers malformed conditional headers with 400 and writes without
 * a precondition with 428, reports forced overrides, and, where a pre-check loader is registered,
 * answers a stale write with 412. Leaves the parsed headers in a request property for {@link
 * ETagResponseFilter}. Bound to its method at deployment, so it needs no injection; every rule is in
 * {@link PreconditionEvaluator}.
 */
final class PreconditionRequestFilter implements ContainerRequestFilter {

  /** The request property holding the parsed {@link RequestConditions}. */
  static final String CONDITIONS_PROPERTY = "dev.etagfilter.conditions";

  private final MethodPolicy policy;
  private final FeatureState state;

  PreconditionRequestFilter(MethodPolicy policy, FeatureState state) {
    this.policy = policy;
    this.state = state;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    ConditionalHeaders headers = ConditionalHeaders.fromMap(request.getHeaders());
    if (headers == ConditionalHeaders.NONE && !policy.preconditionRequired()) {
      // A plain read or an unguarded write: nothing to check, nothing to hand on.
      return;
    }
    Decision decision = PreconditionEvaluator.checkRequest(
        headers, policy.preconditionRequired(), state.options().headerLimits());
    String method = request.getMethod();
    switch (decision.outcome()) {
      case BAD_REQUEST -> request.abortWith(ProblemResponses.malformedHeader(decision.malformed()));
      case PRECONDITION_REQUIRED -> {
        state.events().dispatch(PreconditionEvent.Type.PRECONDITION_REQUIRED, method, policy.pathTemplate(), null, null);
        request.abortWith(ProblemResponses.preconditionRequired(method));
      }
      default -> proceed(request, headers, decision.preconditions());
    }
  }

  private void proceed(ContainerRequestContext request, ConditionalHeaders headers, RequestConditions conditions) {
    request.setProperty(CONDITIONS_PROPERTY, conditions);
    if (policy.loader() != null && !conditions.lacksEntityTagCondition() && preCheckFails(request, conditions)) {
      return;
    }
    if (conditions.isForcedOverride() && !MethodPolicies.isSafe(policy.httpMethod())) {
      state.events().dispatch(
          PreconditionEvent.Type.FORCED_OVERRIDE, request.getMethod(), policy.pathTemplate(), headers.ifMatch(), null);
    }
  }

  /**
   * The optional shortcut: load the current state and answer a stale write with 412 now, the same
   * 412 as a lost compare-and-set. It needs a version-tagged entity (a hash needs the response's
   * writer); when the resource is absent the method decides (404, or a create), as RFC 9110 13.2.1
   * asks.
   */
  private boolean preCheckFails(ContainerRequestContext request, RequestConditions conditions) {
    Object current = policy.loader().loadCurrent(request.getUriInfo());
    if (current == null || RepresentationTagger.effectiveKind(current, policy.kind()) != ETagKind.VERSION) {
      return false;
    }
    ResourceState state = ResourceState.of(RepresentationTagger.byVersion(current));
    if (PreconditionEvaluator.evaluateWrite(conditions, state) != Outcome.PRECONDITION_FAILED) {
      return false;
    }
    request.abortWith(PreconditionFailedMapper.preconditionFailed(current));
    return true;
  }
}
