package dev.etagfilter.internal;

import dev.etagfilter.ConditionalHeaders;
import dev.etagfilter.Decision;
import dev.etagfilter.Outcome;
import dev.etagfilter.PreconditionEvaluator;
import dev.etagfilter.PreconditionEvent;
import dev.etagfilter.Preconditions;
import dev.etagfilter.ResourceState;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;

/**
 * Before a resource method runs: answers malformed conditional headers with 400 and writes without
 * a precondition with 428, reports forced overrides, and, where a loader is registered, answers a
 * stale write with 412. Leaves the parsed {@link Preconditions} in a request property for the
 * response filter. A thin adapter: every rule is in {@link PreconditionEvaluator}.
 */
final class PreconditionRequestFilter implements ContainerRequestFilter {

  /** The request property holding the parsed {@link Preconditions}. */
  static final String PRECONDITIONS_PROPERTY = "dev.etagfilter.preconditions";

  private final MethodPolicies policies;
  private final FeatureOptions options;
  private final RepresentationTagger tagger;
  private final EventDispatcher events;

  @Context private Providers providers;
  @Context private ResourceInfo resourceInfo;

  PreconditionRequestFilter(
      MethodPolicies policies, FeatureOptions options, RepresentationTagger tagger, EventDispatcher events) {
    this.policies = policies;
    this.options = options;
    this.tagger = tagger;
    this.events = events;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    MethodPolicy policy = MethodPolicyBinder.policyOf(request, policies, resourceInfo);
    if (policy == null) {
      return;
    }
    ConditionalHeaders headers = ConditionalHeaders.fromMap(request.getHeaders());
    Decision decision =
        PreconditionEvaluator.checkRequest(headers, policy.preconditionRequired(), options.headerLimits());
    String method = request.getMethod();
    switch (decision.outcome()) {
      case BAD_REQUEST -> request.abortWith(ProblemResponses.malformedHeader(decision.malformed().orElseThrow()));
      case PRECONDITION_REQUIRED -> {
        events.dispatch(PreconditionEvent.Type.PRECONDITION_REQUIRED, method, policy.pathTemplate(), null, null);
        request.abortWith(ProblemResponses.preconditionRequired(method));
      }
      default -> proceed(request, policy, headers, decision.preconditions());
    }
  }

  private void proceed(
      ContainerRequestContext request, MethodPolicy policy, ConditionalHeaders headers, Preconditions pre) {
    String method = request.getMethod();
    request.setProperty(PRECONDITIONS_PROPERTY, pre);
    if (policy.loader() != null && !pre.lacksEntityTagCondition() && preCheckFails(request, policy, pre)) {
      return;
    }
    if (pre.isForcedOverride() && !PreconditionEvaluator.isGetOrHead(method)) {
      events.dispatch(PreconditionEvent.Type.FORCED_OVERRIDE, method, policy.pathTemplate(), headers.ifMatch(), null);
    }
  }

  /**
   * The optional shortcut: load the current state and answer a stale write with 412 now. When the
   * resource is absent the method decides (404, or a create), as RFC 9110 13.2.1 asks.
   */
  private boolean preCheckFails(ContainerRequestContext request, MethodPolicy policy, Preconditions pre) {
    Object current = policy.loader().loadCurrent(request.getUriInfo());
    if (current == null) {
      return false;
    }
    TaggedEntity tagged = tagger.tag(current, current.getClass(), null, policy.kind(), providers);
    if (PreconditionEvaluator.evaluate(request.getMethod(), pre, ResourceState.of(tagged.tag())) != Outcome.PRECONDITION_FAILED) {
      return false;
    }
    request.abortWith(
        Response.status(Response.Status.PRECONDITION_FAILED).entity(new CurrentRepresentation(current, tagged)).build());
    return true;
  }
}
