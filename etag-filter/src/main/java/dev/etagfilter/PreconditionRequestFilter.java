package dev.etagfilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Before a resource method runs: answers malformed conditional headers with 400 and writes without a
 * precondition with 428, reports forced overrides, and, where a pre-check loader is registered,
 * answers a stale write with 412. Leaves the parsed headers in a request property for {@link
 * ETagResponseFilter}. A thin adapter: the matched method's policy comes from {@link MethodBinding},
 * every rule from {@link PreconditionEvaluator}.
 */
final class PreconditionRequestFilter implements ContainerRequestFilter {

  private static final Logger LOG = System.getLogger("dev.etagfilter");

  /** The request property holding the parsed {@link RequestConditions}. */
  static final String CONDITIONS_PROPERTY = "dev.etagfilter.conditions";

  private final FeatureState state;

  /** Where the runtime injects into the filters a feature registers (not quarkus-rest: see MethodBinding). */
  @Context private ResourceInfo resourceInfo;

  private volatile boolean unboundReported;

  PreconditionRequestFilter(FeatureState state) {
    this.state = state;
  }

  /** The registration this filter belongs to. */
  FeatureState state() {
    return state;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    MethodPolicy policy = MethodBinding.policyOf(request, state, resourceInfo);
    if (policy == null) {
      refuseUnbound(request);
      return;
    }
    if (policy.isGoverned()) {
      filter(request, policy);
    }
  }

  private void filter(ContainerRequestContext request, MethodPolicy policy) {
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
      default -> proceed(request, policy, headers, decision.preconditions());
    }
  }

  private void proceed(
      ContainerRequestContext request, MethodPolicy policy, ConditionalHeaders headers, RequestConditions conditions) {
    request.setProperty(CONDITIONS_PROPERTY, conditions);
    if (policy.loader() != null && !conditions.lacksEntityTagCondition() && preCheckFails(request, policy, conditions)) {
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
  private boolean preCheckFails(ContainerRequestContext request, MethodPolicy policy, RequestConditions conditions) {
    Object current = policy.loader().loadCurrent(request.getUriInfo());
    if (current == null || RepresentationTagger.effectiveKind(current, policy.kind()) != ETagKind.VERSION) {
      return false;
    }
    ResourceState stored = ResourceState.of(RepresentationTagger.byVersion(current));
    if (PreconditionEvaluator.evaluateWrite(conditions, stored) != Outcome.PRECONDITION_FAILED) {
      return false;
    }
    request.abortWith(PreconditionFailedMapper.preconditionFailed(current));
    return true;
  }

  /**
   * A matched request whose method nobody bound and the runtime gave no {@link ResourceInfo}: the
   * feature was registered in a way this runtime does not call as a dynamic feature (on quarkus-rest,
   * through another Feature). Refused rather than let writes through unchecked; said once in the log.
   */
  private void refuseUnbound(ContainerRequestContext request) {
    if (!unboundReported) {
      unboundReported = true;
      LOG.log(Level.ERROR, ProblemResponses.UNBOUND_DETAIL);
    }
    request.abortWith(ProblemResponses.unbound());
  }
}
