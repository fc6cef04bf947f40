package dev.etagfilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;

/**
 * Puts each resource method's {@link MethodPolicy}, resolved once at deployment, into its requests,
 * so the feature's filters need neither injection nor a per-request lookup. Runtimes call dynamic
 * features differently (see the README's runtime table), so two roles do the binding and the first
 * to reach a method wins: this class, a plain {@link DynamicFeature} that {@link ETagFeature}
 * registers (called by Jersey, RESTEasy and CXF; quarkus-rest ignores a dynamic feature registered by
 * a feature), and {@link ETagFeature} itself as a {@link DynamicFeature} (called by Jersey, RESTEasy
 * and quarkus-rest; CXF ignores that half of a class that is both). Where neither runs, the filters
 * fall back to the injected {@link ResourceInfo}.
 */
final class MethodBinding implements DynamicFeature {

  /** The request property holding the matched method's {@link MethodPolicy}. */
  static final String POLICY_PROPERTY = "dev.etagfilter.policy";

  /** Which of the two roles binds. */
  enum Role { BINDER, FEATURE }

  private final FeatureState state;

  MethodBinding(FeatureState state) {
    this.state = state;
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    bind(state, resourceInfo, context, Role.BINDER);
  }

  /**
   * Binds {@code resourceInfo}'s method for {@code role}, unless the other role has bound it: a
   * runtime may call one role twice per method (quarkus-rest does, into fresh filter chains), but two
   * roles must not both mark the same method.
   */
  static void bind(FeatureState state, ResourceInfo resourceInfo, FeatureContext context, Role role) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> resourceClass = resourceInfo.getResourceClass();
    // Only resource methods: Jersey also offers its own OPTIONS handlers to dynamic features.
    if (method == null || resourceClass == null || !MethodPolicies.isResourceMethod(method)) {
      return;
    }
    if (!state.claim(method, role)) {
      return;
    }
    MethodPolicy policy = state.policies().of(resourceClass, method);
    state.audit().record(method, policy.describe());
    context.register(new PolicyMarker(policy), Priority.METHOD_POLICY);
  }

  /** The policy of the request's matched method: the bound one, else resolved through {@code resourceInfo}. */
  static MethodPolicy policyOf(ContainerRequestContext request, FeatureState state, ResourceInfo resourceInfo) {
    Object bound = request.getProperty(POLICY_PROPERTY);
    if (bound instanceof MethodPolicy policy) {
      return policy;
    }
    return resourceInfo == null ? null : state.policies().of(resourceInfo);
  }

  /** Puts one method's policy into each of its requests. */
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
