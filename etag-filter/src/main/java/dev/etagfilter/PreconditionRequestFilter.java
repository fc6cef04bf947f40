package dev.etagfilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

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
  public void filter(ContainerRequestContext request) throws IOException {
    MethodPolicy policy = MethodBinding.policyOf(request, state, resourceInfo);
    if (policy == null) {
      refuseUnbound(request);
      return;
    }
    if (policy.isGoverned()) {
      filter(request, policy);
    }
  }

  private void filter(ContainerRequestContext request, MethodPolicy policy) throws IOException {
    boolean write = !MethodPolicies.isSafe(policy.httpMethod());
    // A retry of a write that already succeeded gets its first answer, before any rule of the write.
    if (write && state.idempotency() != null && state.idempotency().answeredBeforeTheMethod(request)) {
      return;
    }
    ConditionalHeaders headers = ConditionalHeaders.fromMap(request.getHeaders());
    if (headers == ConditionalHeaders.NONE && !write) {
      // A plain read: nothing to check, nothing to hand on.
      return;
    }
    Decision decision = PreconditionEvaluator.checkRequest(
        headers, policy.demandsPrecondition(), state.options().headerLimits());
    switch (decision.outcome()) {
      case BAD_REQUEST -> {
        state.events().dispatch(PreconditionEvent.Type.MALFORMED, request, policy, null);
        request.abortWith(ProblemResponses.malformedHeader(decision.malformed()));
      }
      case PRECONDITION_REQUIRED -> {
        if (policy.protection() == EndpointPolicy.Protection.REPORT_ONLY) {
          // Report-only: through, but counted and reported, so the rollout can watch it go to zero.
          proceed(request, policy, decision.preconditions());
          return;
        }
        state.events().dispatch(PreconditionEvent.Type.PRECONDITION_REQUIRED, request, policy, null);
        request.abortWith(ProblemResponses.preconditionRequired(
            request.getMethod(), decision.preconditions().ifNoneMatch() != null));
      }
      default -> proceed(request, policy, decision.preconditions());
    }
  }

  private void proceed(ContainerRequestContext request, MethodPolicy policy, RequestConditions conditions) {
    if (conditions != RequestConditions.NONE) {
      request.setProperty(CONDITIONS_PROPERTY, conditions);
      foldListLines(request, ConditionalHeaders.IF_MATCH);
      foldListLines(request, ConditionalHeaders.IF_NONE_MATCH);
    }
    if (policy.loader() != null && conditions.namesExpectedState() && preCheckFails(request, policy, conditions)) {
      return;
    }
    if (MethodPolicies.isSafe(policy.httpMethod())) {
      return;
    }
    // Every write that goes through without a tag check is reported as such.
    if (conditions.isForcedOverride()) {
      state.events().dispatch(PreconditionEvent.Type.FORCED_OVERRIDE, request, policy, null);
    } else if (!conditions.namesExpectedState() && policy.reportsUncheckedWrites()) {
      state.events().dispatch(PreconditionEvent.Type.UNCHECKED_WRITE, request, policy, null);
    }
  }

  /**
   * RFC 9110 5.3: several lines of a list header mean the same as one line with the values joined by
   * commas, and a recipient may combine them so. The method then sees the whole list whichever way it
   * takes the header: a runtime gives a {@code @HeaderParam String} only the first line.
   */
  private static void foldListLines(ContainerRequestContext request, String name) {
    List<String> lines = request.getHeaders().get(name);
    if (lines != null && lines.size() > 1) {
      request.getHeaders().putSingle(name, ConditionalHeaders.joined(lines));
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
