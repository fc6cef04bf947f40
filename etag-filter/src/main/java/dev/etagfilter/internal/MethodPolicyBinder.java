package dev.etagfilter.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds each resource method's {@link MethodPolicy} at deployment: a tiny request filter per method
 * leaves the policy in a request property, so the feature's filters need not ask the injected
 * {@link ResourceInfo} on every request. (On Jersey that proxy builds a request-scoped instance per
 * call: about 1 KB of garbage each time, more than all the rest of the feature's per-request work.)
 * A request that carries no policy property falls back to {@link ResourceInfo}, so the filters stay
 * correct whatever the ordering of an implementation.
 */
final class MethodPolicyBinder implements DynamicFeature {

  /** The request property holding the matched method's {@link MethodPolicy}. */
  static final String POLICY_PROPERTY = "dev.etagfilter.policy";

  private final MethodPolicies policies;

  MethodPolicyBinder(MethodPolicies policies) {
    this.policies = policies;
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    MethodPolicy policy = policies.of(resourceInfo);
    if (policy != null) {
      context.register(new PolicyMarker(policy), Priority.METHOD_POLICY);
    }
  }

  /** The policy of the request's matched method: the bound one, else looked up through {@code resourceInfo}. */
  static MethodPolicy policyOf(ContainerRequestContext request, MethodPolicies policies, ResourceInfo resourceInfo) {
    Object bound = request.getProperty(POLICY_PROPERTY);
    return bound instanceof MethodPolicy policy ? policy : policies.of(resourceInfo);
  }

  /** Puts one method's policy into each of its requests; needs no injection. */
  private static final class PolicyMarker implements ContainerRequestFilter {

    private final MethodPolicy policy;

    PolicyMarker(MethodPolicy policy) {
      this.policy = policy;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(POLICY_PROPERTY, policy);
    }
  }
}
